// 单位与科室: the city bureau and its county/district bureaus, reference data seeded into every database.
// One installation serves one of them; the others are where matters are transferred or referred to.
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Chip, IconButton, Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { Department } from '../../../../shared/contract/reference';
import type { Unit } from '../../../../shared/contract/reference';
import { CAPABILITY, UNIT_LEVEL, type Capability } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useUnits } from './queries';
import { DepartmentDialog, UnitDialog } from './ReferenceDialogs';

type Editing = { kind: 'unit'; unit: Unit } | { kind: 'department'; unit: Unit; department: Department | null; capability: Capability } | null;

/** Columns in the order a matter moves through a bureau. */
const COLUMNS: Capability[] = ['reception', 'inspection', 'arbitration', 'laborRelations', 'leadership'];

function DepartmentCell({ unit, capability, onEdit }: { unit: Unit; capability: Capability; onEdit: (e: Editing) => void }) {
  const depts = unit.departments.filter((d) => d.capability === capability);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 0.5 }}>
      {depts.length === 0 && <Typography component="span" variant="body2" color="text.disabled">—</Typography>}
      {depts.map((d) => (
        <Link key={d.id} component="button" type="button" underline="hover" sx={{ color: d.active ? 'text.primary' : 'text.disabled', textAlign: 'left', whiteSpace: 'nowrap', fontSize: 14 }}
          title={d.head ? `负责人：${d.head.name}` : undefined} onClick={() => onEdit({ kind: 'department', unit, department: d, capability })}>
          {d.name}{d.active ? '' : '（已撤销）'}
        </Link>
      ))}
      <Tooltip title={`为${unit.shortName}新增${CAPABILITY.label(capability)}科室`}>
        <IconButton className="add-department" size="small" aria-label={`为${unit.shortName}新增${CAPABILITY.label(capability)}科室`}
          onClick={() => onEdit({ kind: 'department', unit, department: null, capability })}>
          <AddIcon fontSize="inherit" />
        </IconButton>
      </Tooltip>
    </Box>
  );
}

export function UnitsTab() {
  const { unit: mine } = useSession();
  const units = useUnits();
  const [editing, setEditing] = useState<Editing>(null);
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;
  if (units.data.length === 0) return <EmptyState title="没有单位数据" hint="单位参考数据随数据库一起建立；为空说明数据库可能已损坏，请联系技术支持。" />;
  // The city first, then its counties and districts by region code.
  const sorted = [...units.data].sort((a, b) => (a.level === b.level ? a.regionCode.localeCompare(b.regionCode) : a.level === 'city' ? -1 : 1));
  const cities = sorted.filter((u) => u.level === 'city');
  const counties = sorted.length - cities.length;

  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }}>
        单位和科室是随数据库建立的参考数据（{cities.map((u) => u.shortName).join('、')}及所辖 {counties} 个县（区）的人社局），用于转办、移送和统计。点单位或科室名称可修改，“+”新增科室；单位和科室只停用、不删除，已有案卷和工作人员仍指向它们。
      </Alert>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="单位与科室">
          <TableHead>
            <TableRow>
              <TableCell>单位</TableCell>
              <TableCell>级别</TableCell>
              <TableCell>区划代码</TableCell>
              {COLUMNS.map((c) => <TableCell key={c}>{CAPABILITY.label(c)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((u) => (
              <TableRow key={u.id} selected={u.id === mine.id} data-testid="unit-row"
                sx={{ verticalAlign: 'top', '& .add-department': { opacity: 0.25 }, '&:hover .add-department, & .add-department:focus-visible': { opacity: 1 } }}>
                <TableCell sx={{ minWidth: 220 }}>
                  <Box sx={{ pl: u.level === 'city' ? 0 : 2, fontWeight: u.level === 'city' ? 600 : undefined }}>
                    <Link component="button" type="button" underline="hover" color="inherit" sx={{ fontWeight: 'inherit', textAlign: 'left', whiteSpace: 'nowrap' }} onClick={() => setEditing({ kind: 'unit', unit: u })}>
                      {u.name}
                    </Link>
                    {u.id === mine.id && <Chip size="small" color="primary" label="本机单位" sx={{ ml: 1 }} />}
                    {!u.active && <Chip size="small" label="已停用" sx={{ ml: 1 }} />}
                  </Box>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{UNIT_LEVEL.label(u.level)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{u.regionCode}</TableCell>
                {COLUMNS.map((c) => <TableCell key={c}><DepartmentCell unit={u} capability={c} onEdit={setEditing} /></TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {editing?.kind === 'unit' && <UnitDialog unit={editing.unit} onClose={() => setEditing(null)} />}
      {editing?.kind === 'department' && <DepartmentDialog unit={editing.unit} department={editing.department} capability={editing.capability} onClose={() => setEditing(null)} />}
    </>
  );
}
