// The frame around every screen: navigation, the unit this installation serves, and who is working.
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import ListAltIcon from '@mui/icons-material/ListAlt';
import SettingsIcon from '@mui/icons-material/Settings';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { AppBar, Box, Button, Chip, Drawer, List, ListItemButton, ListItemIcon, ListItemText, Toolbar, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet } from 'react-router';
import { STAFF_ROLE } from '../../../shared/domain/vocabulary';
import { call } from '../platform/api';
import { useSession } from './session';

const NAV_WIDTH = 200;
const NAV = [
  { to: '/intake/new', label: '接待登记', icon: <AssignmentIndIcon /> },
  { to: '/intakes', label: '登记台账', icon: <ListAltIcon /> },
  { to: '/cases', label: '案卷', icon: <FolderSharedIcon /> },
  { to: '/deadlines', label: '期限计算', icon: <EventNoteIcon /> },
  { to: '/settings', label: '设置', icon: <SettingsIcon /> },
];

export function AppShell({ demo }: { demo: boolean }) {
  const { staff, unit } = useSession();
  const queryClient = useQueryClient();
  const switchPerson = async () => {
    await call('session.end', {});
    await queryClient.invalidateQueries();
  };
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
          <Typography variant="body2" data-testid="current-person">
            {staff.name}
            {staff.departmentName ? ` · ${staff.departmentName}` : ''} · {staff.roles.map((r) => STAFF_ROLE.label(r)).join('、')}
          </Typography>
          <Button color="inherit" size="small" startIcon={<SwapHorizIcon />} onClick={() => void switchPerson()}>
            切换人员
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}>
        <Toolbar variant="dense" />
        <List component="nav" aria-label="主菜单">
          {NAV.map((n) => (
            <ListItemButton key={n.to} component={NavLink} to={n.to} end={n.to === '/intakes'} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
              <ListItemIcon sx={{ minWidth: 36 }}>{n.icon}</ListItemIcon>
              <ListItemText primary={n.label} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flex: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" />
        <Outlet />
      </Box>
    </Box>
  );
}
