// 参数: every dated value of every parameter, grouped by key, with where it came from and how sure we are.
// The value in force today for this unit is marked 现行 (resolved by the core, not re-derived here).
import AddIcon from '@mui/icons-material/Add';
import {
  Box, Button, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography,
} from '@mui/material';
import { Fragment, useState } from 'react';
import type { ParameterRow } from '../../../../shared/contract/reference';
import { PARAMETER_DEFS, PARAMETER_KEYS, parameterHelp, type ParameterKey } from '../../../../shared/domain/parameters';
import { CONFIDENCE, type Confidence } from '../../../../shared/domain/vocabulary';
import { ErrorState, Loading } from '../../components/States';
import { useSession } from '../../app/session';
import { ParameterDialog } from './ParameterDialog';
import { useParameters, useUnits } from './queries';
import { regionName } from './regions';

const CONFIDENCE_COLOR: Record<Confidence, 'success' | 'info' | 'warning'> = { statutory: 'success', local: 'info', unconfirmed: 'warning' };

function groups(rows: ParameterRow[], regionCode: string): { key: string; label: string; help: string; unit: string; rows: ParameterRow[] }[] {
  const keys = [...PARAMETER_KEYS as readonly string[], ...rows.map((r) => r.key).filter((k) => !(k in PARAMETER_DEFS))];
  return [...new Set(keys)].map((key) => {
    const own = rows.filter((r) => r.key === key).sort((a, b) => (a.region === b.region ? b.effectiveFrom.localeCompare(a.effectiveFrom) : a.region.localeCompare(b.region)));
    const def = PARAMETER_DEFS[key];
    const unit = def?.type === 'integer' ? def.unit : (own[0]?.unit ?? '');
    return { key, label: def?.label ?? own[0]?.label ?? key, help: def ? parameterHelp(key, regionCode) : (own[0]?.help ?? ''), unit, rows: own };
  });
}

export function ParametersTab() {
  const { unit } = useSession();
  const params = useParameters();
  const units = useUnits();
  const [dialogKey, setDialogKey] = useState<ParameterKey | 'new' | null>(null);

  if (params.isPending || units.isPending) return <Loading />;
  if (params.isError) return <ErrorState error={params.error} onRetry={() => void params.refetch()} />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 2, gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          可调整的规则数值（人数门槛、本地规定的期限等）。每个取值都注明地区、生效日期和依据；办案时按本单位所在地和当天日期自动适用最具体、最新的取值。
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialogKey('new')}>新增取值</Button>
      </Box>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="参数">
          <TableHead>
            <TableRow>
              <TableCell>地区</TableCell>
              <TableCell align="right">取值</TableCell>
              <TableCell>生效日期</TableCell>
              <TableCell>依据 / 来源</TableCell>
              <TableCell>可信程度</TableCell>
              <TableCell>现行</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {groups(params.data, unit.regionCode).map((g) => (
              <Fragment key={g.key}>
                <TableRow sx={{ bgcolor: 'background.default' }}>
                  <TableCell colSpan={6}>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                      <Box sx={{ flex: 1 }}>
                        <Typography variant="subtitle2" component="span">{g.label}</Typography>
                        <Typography variant="caption" color="text.secondary" sx={{ ml: 1, fontFamily: 'monospace' }}>{g.key}</Typography>
                        <Typography variant="body2" color="text.secondary">{g.help}</Typography>
                      </Box>
                      {g.key in PARAMETER_DEFS && !PARAMETER_DEFS[g.key].fixed && (
                        <Button size="small" startIcon={<AddIcon />} onClick={() => setDialogKey(g.key as ParameterKey)}>新增取值</Button>
                      )}
                      {PARAMETER_DEFS[g.key]?.fixed && <Chip size="small" variant="outlined" label={PARAMETER_DEFS[g.key].fixed} />}
                    </Box>
                  </TableCell>
                </TableRow>
                {g.rows.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={6} sx={{ color: 'warning.dark' }}>尚未设置取值：用到此参数的功能会提示补充</TableCell>
                  </TableRow>
                )}
                {g.rows.map((r) => (
                  <TableRow key={r.id} data-testid="parameter-row">
                    <TableCell sx={{ whiteSpace: 'nowrap', pl: 3 }}>{regionName(r.region, units.data)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{r.display}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.effectiveFrom}</TableCell>
                    <TableCell sx={{ minWidth: 280 }}>
                      {r.source}
                      {r.note && <Typography variant="caption" color="text.secondary" component="div">备注：{r.note}</Typography>}
                    </TableCell>
                    <TableCell>
                      <Chip size="small" color={CONFIDENCE_COLOR[r.confidence]} variant={r.confidence === 'unconfirmed' ? 'filled' : 'outlined'} label={CONFIDENCE.label(r.confidence)} />
                    </TableCell>
                    <TableCell>
                      {r.inForce && (
                        <Tooltip title="本单位今天适用的取值">
                          <Chip size="small" color="primary" label="现行" />
                        </Tooltip>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {dialogKey !== null && (
        <ParameterDialog initialKey={dialogKey === 'new' ? null : dialogKey} units={units.data} onClose={() => setDialogKey(null)} />
      )}
    </>
  );
}
