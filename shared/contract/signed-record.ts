// What the three records signed on paper share on the contract — the 询问笔录, the 现场检查笔录 and the 庭审笔录: a
// correction appended to the finalised record with its reason (the record itself never changes once 定稿), as asked
// for and as shown. One schema for all three, so the rule and its Chinese message read the same everywhere.
import { z } from 'zod';
import { staffRef } from './intakes';
import { entityId, instant, reasonText, text } from './primitives';

/** An appended correction as the record shows it: what it says, why, who appended it and when. */
export const signedRecordCorrection = z.object({ id: entityId, text: z.string(), reason: z.string(), by: staffRef, at: instant });
export type SignedRecordCorrectionView = z.output<typeof signedRecordCorrection>;

/** Appends a correction with its reason to a finalised record (a draft is corrected by editing it). */
export const signedRecordCorrectInput = z.object({
  id: entityId,
  text: text('更正内容', 2000),
  reason: reasonText('更正理由', { example: '当事人核对笔录时指出所记日期有误，申请补正' }),
});
