// 单位与科室: the city bureau and its county/district bureaus, reference data seeded into every database.
// One installation serves one of them; the others are where matters are transferred or referred to.
import { Alert, Box, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { Unit } from '../../../../shared/contract/reference';
import { CAPABILITY, UNIT_LEVEL, type Capability } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useCall } from '../../platform/queries';

/** Columns in the order a matter moves through a bureau. */
const COLUMNS: Capability[] = ['reception', 'inspection', 'arbitration', 'laborRelations', 'leadership'];

function DepartmentCell({ unit, capability }: { unit: Unit; capability: Capability }) {
  const depts = unit.departments.filter((d) => d.capability === capability);
  if (depts.length === 0) return <Typography variant="body2" color="text.disabled">—</Typography>;
  return (
    <>
      {depts.map((d) => (
        <Box key={d.id} sx={{ color: d.active ? 'text.primary' : 'text.disabled' }}>{d.name}{d.active ? '' : '（已撤销）'}</Box>
      ))}
    </>
  );
}

export function UnitsTab() {
  const { unit: mine } = useSession();
  const units = useCall('units.list', {});
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
        单位和科室是随数据库建立的参考数据（{cities.map((u) => u.shortName).join('、')}及所辖 {counties} 个县（区）的人社局），用于转办、移送和统计。本页暂为只读，修改参考单位的功能将在后续版本提供。
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
              <TableRow key={u.id} selected={u.id === mine.id} data-testid="unit-row" sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ minWidth: 220 }}>
                  <Box sx={{ pl: u.level === 'city' ? 0 : 2, fontWeight: u.level === 'city' ? 600 : undefined }}>
                    {u.name}
                    {u.id === mine.id && <Chip size="small" color="primary" label="本机单位" sx={{ ml: 1 }} />}
                    {!u.active && <Chip size="small" label="已停用" sx={{ ml: 1 }} />}
                  </Box>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{UNIT_LEVEL.label(u.level)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{u.regionCode}</TableCell>
                {COLUMNS.map((c) => <TableCell key={c}><DepartmentCell unit={u} capability={c} /></TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
