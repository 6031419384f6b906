// An indicator's definition, opened from its column header: what is counted, which date puts a file in the period,
// the formula of a rate, and where the definition comes from — or that it is 本局口径, the bureau's own choice.
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Box, IconButton, Popover, Typography } from '@mui/material';
import { useState } from 'react';
import type { IndicatorDefinition } from '../../../../shared/domain/statistics/model';

export function DefinitionLines({ def }: { def: IndicatorDefinition }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.5, '& dt': { color: 'text.secondary' }, '& dd': { m: 0 } }}>
      <dt>统计什么</dt>
      <dd>{def.counts}</dd>
      <dt>计入期间</dt>
      <dd>{def.periodBy}</dd>
      <dt>计量单位</dt>
      <dd>{def.unitLabel}</dd>
      {def.formula && (
        <>
          <dt>计算公式</dt>
          <dd>{def.formula}</dd>
        </>
      )}
      <dt>口径来源</dt>
      <dd>{def.bureauBasis ? `本局口径（官方公式未确认，由管理员在参数中设定）${def.source === '本局口径' ? '' : `；${def.source}`}` : def.source}</dd>
    </Box>
  );
}

/** One line per indicator, for paper: 本期受理（件）：what is counted；计入期间 …；公式 …；来源 …. */
export function DefinitionLine({ def }: { def: IndicatorDefinition }) {
  const parts = [def.counts, `计入期间：${def.periodBy}`, def.formula ? `公式：${def.formula}` : null, def.bureauBasis ? '本局口径（官方公式未确认）' : `来源：${def.source}`];
  return (
    <Typography variant="caption" component="p" sx={{ m: 0 }}>
      <b>{def.label}（{def.unitLabel}）</b>：{parts.filter(Boolean).join('；')}
    </Typography>
  );
}

export function DefinitionButton({ def }: { def: IndicatorDefinition }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <IconButton size="small" aria-label={`${def.label}的口径`} onClick={(e) => setAnchor(e.currentTarget)} className="no-print" sx={{ p: 0.25 }}>
        <InfoOutlinedIcon sx={{ fontSize: 16 }} />
      </IconButton>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
        <Box sx={{ p: 2, maxWidth: 420, whiteSpace: 'normal' }} role="dialog" aria-label={`${def.label}的口径`}>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {def.label}
          </Typography>
          <DefinitionLines def={def} />
        </Box>
      </Popover>
    </>
  );
}
