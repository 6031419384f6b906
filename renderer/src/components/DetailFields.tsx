// A record's facts as label–value pairs in a responsive grid (a description list), for detail pages.
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export interface DetailField {
  label: string;
  value: ReactNode;
  /** Takes the whole row (long text). */
  wide?: boolean;
}

const isBlank = (v: ReactNode) => v === null || v === undefined || v === '' || v === false;

export function DetailFields({ fields, minColumnWidth = 200 }: { fields: DetailField[]; minColumnWidth?: number }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${minColumnWidth}px, 1fr))`, columnGap: 3, rowGap: 1.5 }}>
      {fields.map((f) => (
        <Box key={f.label} sx={{ gridColumn: f.wide ? '1 / -1' : undefined, minWidth: 0 }}>
          <Typography component="dt" variant="caption" color="text.secondary">{f.label}</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, mt: 0.25, overflowWrap: 'anywhere', whiteSpace: f.wide ? 'pre-wrap' : undefined }}>
            {isBlank(f.value) ? '—' : f.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** A titled block on a detail page. */
export function Section({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>{title}</Typography>
        {actions}
      </Box>
      {children}
    </Box>
  );
}
