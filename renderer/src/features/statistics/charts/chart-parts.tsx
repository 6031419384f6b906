// What every chart of the overview shares: its panel with the caption that says what it counts, colours that stay
// apart when printed in grey, and the table of the same figures for screen readers — hidden until a keyboard reaches
// it, its figures buttons that open the same files as the bars.
import { Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Dark navy, burnt orange, mid grey: distinct in colour and in grey on a laser printer. */
export const CHART_COLORS = { count: '#1f4e79', money: '#b85410', secondary: '#7a7a7a' } as const;

/** Visually hidden until focused within (a keyboard user tabbing into the table sees it). */
const SR_TABLE = {
  '&:not(:focus-within)': { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0, m: -0.125, p: 0 },
  '@media print': { display: 'none' },
} as const;

/** The value axis's end: room beyond the longest bar for its number (more for a money label). */
export function headroom(values: number[], factor = 1.2): number {
  return Math.max(4, Math.ceil(Math.max(0, ...values) * factor) + 1);
}

/** fen → '5.46万元' / '850元': a bar's label (the tooltip and the table give the exact amount). */
export function yuanShort(fen: number): string {
  const yuan = fen / 100;
  return yuan >= 10000 ? `${Number((yuan / 10000).toFixed(2))}万元` : `${Number(yuan.toFixed(2))}元`;
}

/** fen → '3.2万' / '850' (the money axis, in 元). */
export function yuanTick(fen: number): string {
  const yuan = fen / 100;
  return Math.abs(yuan) >= 10000 ? `${Number((yuan / 10000).toFixed(1))}万` : String(Math.round(yuan));
}

export function ChartPanel({ title, caption, children, testId, wide }: { title: string; caption: string; children: ReactNode; testId: string; wide?: boolean }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0, breakInside: 'avoid', ...(wide ? { gridColumn: '1 / -1' } : {}) }} data-testid={testId}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>{title}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ lineHeight: 1.45 }}>{caption}</Typography>
      {children}
    </Paper>
  );
}

export interface FigureRow {
  key: string;
  label: string;
  /** One cell per column: its text and what a click opens (null: nothing to open). */
  cells: { text: string; open: (() => void) | null }[];
}

/** The chart's figures as a table (for screen readers and keyboards): the same numbers, the same drill-down. */
export function FigureTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: FigureRow[] }) {
  return (
    <Box sx={SR_TABLE}>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell>项目</TableCell>
            {columns.map((c) => <TableCell key={c} align="right">{c}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell>{r.label}</TableCell>
              {r.cells.map((c, i) => (
                <TableCell key={columns[i]} align="right">
                  {c.open ? <Button size="small" onClick={c.open} aria-label={`${r.label}${columns[i]}${c.text}，查看明细`}>{c.text}</Button> : c.text}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

export const Empty = ({ text }: { text: string }) => <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>{text}</Typography>;
