// The choices a sitting (庭次) of a 系列案's cases adds to the hearing dialogs: which of the series' cases are heard
// together with this one (only those ready — tribunal composed and the same — can be ticked, the others say why), and
// whether an act on a sitting's hearing (延期, 登记开庭情况) goes to this case alone or to every case of the sitting.
import { Box, Checkbox, FormControlLabel, FormHelperText, Radio, RadioGroup, Typography } from '@mui/material';
import type { CaseHearings, HearingRecord } from '../../../../shared/contract/hearings';
import { sittingCasesIn } from './format';

interface SeriesProps {
  /** The case the booking is for: always heard. */
  proceedingId: string;
  cases: CaseHearings['seriesCases'];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

export function SeriesChoice({ proceedingId, cases, chosen, onChange, error }: SeriesProps) {
  const ready = cases.filter((c) => c.blockedBy === null && c.proceedingId !== proceedingId).map((c) => c.proceedingId);
  const on = chosen.length > 0;
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <Box data-testid="series-choice">
      <FormControlLabel control={<Checkbox checked={on} disabled={ready.length === 0} onChange={(e) => onChange(e.target.checked ? ready : [])} />} label="同时审理本系列案件" />
      {ready.length === 0 && <FormHelperText>本系列其他案件暂不能安排开庭</FormHelperText>}
      {on && (
        <Box sx={{ pl: 3, display: 'flex', flexDirection: 'column' }} role="group" aria-label="同时审理的系列案件">
          {cases.map((c) => {
            const self = c.proceedingId === proceedingId;
            const label = `${c.caseNumber ?? '（尚无案号）'} ${c.applicant}${self ? '（本案）' : ''}`;
            return (
              <Box key={c.proceedingId}>
                <FormControlLabel sx={{ my: -0.5 }} control={<Checkbox size="small" checked={self || chosen.includes(c.proceedingId)} disabled={self || c.blockedBy !== null} onChange={(e) => toggle(c.proceedingId, e.target.checked)} />} label={label} />
                {c.blockedBy && !self && <Typography variant="caption" color="text.secondary" component="div" sx={{ pl: 4, mt: -0.5 }}>{c.blockedBy}</Typography>}
              </Box>
            );
          })}
          <Typography variant="caption" color="text.secondary">已选 {chosen.filter((id) => id !== proceedingId).length + 1} 件：同一庭室、同一时间、同一仲裁庭和书记员合并开庭，庭室按全部当事人计算席位</Typography>
        </Box>
      )}
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}

/** This case alone, or every case still in the hearing's sitting; nothing to choose for a case heard alone. */
export function SittingScope({ hearing, whole, onChange, verb }: { hearing: HearingRecord; whole: boolean; onChange: (whole: boolean) => void; verb: string }) {
  const cases = sittingCasesIn(hearing);
  if (cases.length < 2) return null;
  return (
    <RadioGroup value={whole ? 'all' : 'one'} onChange={(e) => onChange(e.target.value === 'all')} aria-label={`${verb}的范围`}>
      <FormControlLabel value="all" control={<Radio size="small" />} label={`本庭次全部案件（${cases.length}件）一并${verb}`} />
      <FormControlLabel value="one" control={<Radio size="small" />} label={`仅本案${hearing.caseNumber ? `（${hearing.caseNumber}）` : ''}${verb}`} />
    </RadioGroup>
  );
}
