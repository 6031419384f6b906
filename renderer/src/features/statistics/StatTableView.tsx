// One statistics table: the unit column held in place while wide tables scroll, grouped headers (按争议原因 over its
// causes), each header explaining its indicator and marking 本局口径, each figure right-aligned and — on a live report
// — a button that opens the files behind it. A figure that cannot be computed reads "—" and says why.
import { Box, Button, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { IndicatorDefinition, StatRow, StatTable, StatValue } from '../../../../shared/domain/statistics/model';
import { DefinitionButton } from './DefinitionButton';
import { formatFigure, fractionText, whyNull } from './format';

export interface FigureRef {
  def: IndicatorDefinition;
  row: StatRow;
  value: StatValue;
}

interface Props {
  table: StatTable;
  definitions: ReadonlyMap<string, IndicatorDefinition>;
  /** Opens the files behind a figure; absent on a submitted report (its figures stay as they were). */
  onFigure?: (figure: FigureRef) => void;
}

const sticky = { position: 'sticky', left: 0, zIndex: 2, bgcolor: 'background.paper', borderRight: 1, borderColor: 'divider' } as const;

/** The header's two rows: a group spans its consecutive columns; a column of its own spans both rows. */
function headerRuns(defs: IndicatorDefinition[]): { group: string | null; defs: IndicatorDefinition[] }[] {
  const runs: { group: string | null; defs: IndicatorDefinition[] }[] = [];
  for (const d of defs) {
    const last = runs.at(-1);
    if (last && d.group !== null && last.group === d.group) last.defs.push(d);
    else runs.push({ group: d.group, defs: [d] });
  }
  return runs;
}

function HeaderLabel({ def }: { def: IndicatorDefinition }) {
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      <span>{def.label}</span>
      <Typography component="span" variant="caption" color="text.secondary">（{def.unitLabel}）</Typography>
      {def.bureauBasis && <Chip size="small" color="warning" variant="outlined" label="本局口径" sx={{ height: 18, fontSize: 11 }} />}
      <DefinitionButton def={def} />
    </Box>
  );
}

function Figure({ def, row, onFigure }: { def: IndicatorDefinition; row: StatRow; onFigure?: Props['onFigure'] }) {
  const value = row.values[def.key] ?? { value: null };
  const text = formatFigure(def, value.value);
  const why = whyNull(def, value);
  const fraction = fractionText(value);
  const hint = why ?? (fraction ? `${def.formula ?? ''}：${fraction}` : undefined);
  const label = `${row.unitName} ${def.label} ${text}${why ? `（${why}）` : ''}`;
  const content = (
    <>
      {text}
      {why && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'normal', minWidth: 140, maxWidth: 180, lineHeight: 1.3 }} data-testid="figure-why">
          {why}
        </Typography>
      )}
    </>
  );
  // A figure with files behind it opens them (a rate's or an average's are its denominator's).
  if (onFigure && def.files !== null) {
    return (
      <Button
        size="small"
        onClick={() => onFigure({ def, row, value })}
        title={hint}
        aria-label={label}
        data-testid={`figure-${def.key}`}
        sx={{ minWidth: 0, px: 0.5, fontVariantNumeric: 'tabular-nums', textAlign: 'right', fontWeight: row.isTotal ? 600 : 400, display: 'block', ml: 'auto', '@media print': { color: 'text.primary' } }}
      >
        {content}
      </Button>
    );
  }
  return (
    <Box component="span" title={hint} aria-label={label} data-testid={`figure-${def.key}`} sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: row.isTotal ? 600 : 400 }}>
      {content}
    </Box>
  );
}

export function StatTableView({ table, definitions, onFigure }: Props) {
  const defs = table.columns.map((k) => definitions.get(k)).filter((d): d is IndicatorDefinition => !!d);
  const runs = headerRuns(defs);
  const grouped = runs.some((r) => r.group !== null);
  return (
    <TableContainer sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, '@media print': { overflow: 'visible', border: 0 } }} data-testid={`stat-table-${table.kind}`}>
      <Table size="small" aria-label={table.title} sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell rowSpan={grouped ? 2 : 1} sx={{ ...sticky, zIndex: 3, fontWeight: 600 }}>单位</TableCell>
            {runs.map((r) =>
              r.group === null ? (
                <TableCell key={r.defs[0]!.key} rowSpan={grouped ? 2 : 1} align="right" sx={{ fontWeight: 600 }}>
                  <HeaderLabel def={r.defs[0]!} />
                </TableCell>
              ) : (
                <TableCell key={`${r.group}-${r.defs[0]!.key}`} colSpan={r.defs.length} align="center" sx={{ fontWeight: 600, borderBottom: 1, borderColor: 'divider' }} data-testid="stat-group-header">
                  {r.group}
                </TableCell>
              ),
            )}
          </TableRow>
          {grouped && (
            <TableRow>
              {runs.flatMap((r) =>
                r.group === null
                  ? []
                  : r.defs.map((d) => (
                      <TableCell key={d.key} align="right" sx={{ fontWeight: 600 }}>
                        <HeaderLabel def={d} />
                      </TableCell>
                    )),
              )}
            </TableRow>
          )}
        </TableHead>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.unitId} hover data-testid="stat-row">
              <TableCell component="th" scope="row" sx={{ ...sticky, fontWeight: row.isTotal ? 600 : 400 }}>
                {row.unitName}
              </TableCell>
              {defs.map((d) => (
                <TableCell key={d.key} align="right">
                  <Figure def={d} row={row} onFigure={onFigure} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
