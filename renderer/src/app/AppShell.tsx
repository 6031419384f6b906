// The frame around every screen: the pages this person's roles open, the unit this installation serves, who is
// working, and their own account (change password, lock the screen, sign out).
import AlarmIcon from '@mui/icons-material/Alarm';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BarChartIcon from '@mui/icons-material/BarChart';
import DashboardIcon from '@mui/icons-material/Dashboard';
import DevicesIcon from '@mui/icons-material/Devices';
import EventNoteIcon from '@mui/icons-material/EventNote';
import GavelIcon from '@mui/icons-material/Gavel';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import InboxIcon from '@mui/icons-material/MoveToInbox';
import KeyIcon from '@mui/icons-material/Key';
import ListAltIcon from '@mui/icons-material/ListAlt';
import LockIcon from '@mui/icons-material/Lock';
import LogoutIcon from '@mui/icons-material/Logout';
import SettingsIcon from '@mui/icons-material/Settings';
import { AppBar, Box, Button, Chip, Drawer, List, ListItemButton, ListItemIcon, ListItemText, Toolbar, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { STAFF_ROLE } from '../../../shared/domain/vocabulary';
import { ChangePasswordDialog } from '../features/account/ChangePasswordDialog';
import { BackupWarning } from '../features/maintenance/BackupWarning';
import { NAV_ORDER, PAGES, type PageId } from './access';
import { ConnectionBanner, ConnectionStatus } from './ConnectionStatus';
import { HandedOverBanner } from './HandedOverBanner';
import { usePermissions, useSession, useSessionControl } from './session';

const NAV_WIDTH = 200;
const ICONS: Record<PageId, ReactNode> = {
  desk: <DashboardIcon />,
  dueDates: <AlarmIcon />,
  hearings: <GavelIcon />,
  inbox: <InboxIcon />,
  transfers: <ForwardToInboxIcon />,
  intakeNew: <AssignmentIndIcon />,
  intakes: <ListAltIcon />,
  cases: <FolderSharedIcon />,
  employers: <ApartmentIcon />,
  statistics: <BarChartIcon />,
  deadlines: <EventNoteIcon />,
  audit: <FactCheckIcon />,
  settings: <SettingsIcon />,
  connections: <DevicesIcon />,
};

export function AppShell({ demo }: { demo: boolean }) {
  const { staff, unit } = useSession();
  const permissions = usePermissions();
  const control = useSessionControl();
  const [changing, setChanging] = useState(false);
  const nav = NAV_ORDER.filter((id) => PAGES[id].allowed(permissions));
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Box component="img" src="./icon.png" alt="" sx={{ width: 24, height: 24 }} />
          <Typography variant="h6" component="div" sx={{ letterSpacing: 2, ml: -1 }}>
            薪安
          </Typography>
          <Typography variant="body2" sx={{ opacity: 0.9 }} data-testid="unit-name">
            {unit.name}
          </Typography>
          {demo && <Chip size="small" color="warning" label="演示数据" />}
          <Box sx={{ flex: 1 }} />
          <ConnectionStatus />
          <Typography variant="body2" data-testid="current-person">
            {staff.name}
            {staff.departmentName ? ` · ${staff.departmentName}` : ''} · {staff.roles.map((r) => STAFF_ROLE.label(r)).join('、')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 0.5 }}>
            <Button color="inherit" size="small" startIcon={<KeyIcon />} onClick={() => setChanging(true)}>
              修改密码
            </Button>
            <Button color="inherit" size="small" startIcon={<LockIcon />} onClick={() => void control.lock(false)} title="离开座位时锁定屏幕，正在填写的内容保留">
              锁屏
            </Button>
            <Button color="inherit" size="small" startIcon={<LogoutIcon />} onClick={() => void control.signOut()}>
              退出登录
            </Button>
          </Box>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}>
        <Toolbar variant="dense" />
        <List component="nav" aria-label="主菜单">
          {nav.map((id) => (
            <ListItemButton key={id} component={NavLink} to={PAGES[id].to} end={id === 'intakes'} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
              <ListItemIcon sx={{ minWidth: 36 }}>{ICONS[id]}</ListItemIcon>
              <ListItemText primary={PAGES[id].label} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flex: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" />
        <ConnectionBanner />
        <HandedOverBanner />
        <BackupWarning canRun={permissions.has('maintenance.run')} />
        <Outlet />
      </Box>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </Box>
  );
}
