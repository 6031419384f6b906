// What the chosen slot means before it is booked, in the core's words: the day the 开庭通知书 must be served by
// (调解仲裁法 Art. 35), the defence period (Art. 30), a day off, and every clash with the other bookings.
import { Alert, Stack, Typography } from '@mui/material';
import type { HearingReview } from '../../../../shared/contract/hearings';

/** `shownAtFields`: sentences a field already shows after a refusal (not repeated here). */
export function SlotReview({ review, agreed, shownAtFields = [] }: { review: HearingReview | undefined; agreed: boolean; shownAtFields?: readonly string[] }) {
  if (!review) return null;
  const ok = !review.noticeProblem && !review.defenceProblem && review.clashes.length === 0;
  return (
    <Stack spacing={1} data-testid="slot-review">
      <Typography variant="body2" color={ok ? 'success.main' : 'text.secondary'}>
        开庭通知书最迟应于 <strong>{review.noticeBy}</strong> 送达当事人；今天制作的，约 {review.noticeServedBy} 送达。按今天制作，开庭日期最早为 {review.earliest}。
      </Typography>
      {review.defenceProblem && <Alert severity="error">{review.defenceProblem}</Alert>}
      {review.noticeProblem && <Alert severity={agreed ? 'info' : 'error'}>{review.noticeProblem}{agreed ? '（已填写当事人同意的情况）' : '；当事人同意缩短通知期限的，请在下方填写同意情况'}</Alert>}
      {review.dayOffWarning && <Alert severity="warning">{review.dayOffWarning}</Alert>}
      {review.clashes.filter((c) => !shownAtFields.includes(c)).map((c) => <Alert key={c} severity="error" data-testid="slot-clash">{c}</Alert>)}
    </Stack>
  );
}
