// One hearing on the calendar or the desk: its time, case number, parties and who sits, and a notice served too late
// (调解仲裁法 Art. 35); a click opens the case file.
import { ButtonBase, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import type { HearingRecord } from '../../../../shared/contract/hearings';
import { partiesLine, shortNumber, sittingCasesIn, sittingLine } from './format';

export function HearingItem({ h, wide = false, showDate = false }: { h: HearingRecord; wide?: boolean; showDate?: boolean }) {
  const navigate = useNavigate();
  const who = h.arbitrators.map((a) => a.name).join('、');
  // A sitting of a 系列案's cases is one block: how many, their 案号 and workers.
  const sitting = sittingLine(h);
  const cases = sittingCasesIn(h);
  return (
    <ButtonBase onClick={() => void navigate(`/cases/${h.caseFileId}`)} data-testid="calendar-hearing"
      aria-label={`${h.start}—${h.end} ${sitting ?? h.caseNumber ?? h.caseTitle}，打开案卷`}
      sx={{ display: 'block', textAlign: 'left', width: '100%', p: 0.75, mb: 0.75, borderRadius: 1, bgcolor: 'primary.50', border: 1, borderColor: 'primary.light', '&:hover': { bgcolor: 'action.hover' } }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{showDate ? `${h.date} ` : ''}{h.start}—{h.end}{wide ? ` · ${h.roomName}` : ''}</Typography>
      {sitting ? (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="calendar-sitting">{sitting}</Typography>
          {cases.map((c) => <Typography key={c.hearingId} variant="caption" component="div">{shortNumber(c.caseNumber)} {c.applicants.join('、')}</Typography>)}
          <Typography variant="caption" component="div" color="text.secondary">被申请人：{h.respondents.join('、') || '—'}</Typography>
        </>
      ) : (
        <>
          <Typography variant="body2">{h.caseNumber ?? '（尚无案号）'}</Typography>
          <Typography variant="caption" component="div" color="text.secondary">{partiesLine(h)}</Typography>
        </>
      )}
      <Typography variant="caption" component="div" color="text.secondary">仲裁员：{who}；书记员：{h.clerk.name}</Typography>
      {h.noticeShort && <Typography variant="caption" component="div" color="error" sx={{ fontWeight: 600 }} title={h.noticeShort} data-testid="notice-short">{h.noticeShort.split('：')[0]}，可延期开庭</Typography>}
    </ButtonBase>
  );
}
