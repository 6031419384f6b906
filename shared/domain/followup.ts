// 首问负责 and 告知: the desk tells every complainant what happens next and when they will hear back, and answers
// them by then. How long the bureau gives itself is a local rule (本局口径, UNCONFIRMED: no statute fixes a reply
// period for a complaint at the desk; 若干规定 Art. 18 gives five working days to decide on acceptance and tell the
// complainant, which is why the default is five working days). A repeat is an open or recent matter with the same
// numbers: how far back "recent" reaches is a setting too.
import { addDays, isWorkingDay, type HolidayCalendar } from './calendar';

export const FEEDBACK_DAYS_PARAMETER = 'followup.feedbackWorkingDays';
export const FEEDBACK_DAYS_DEFAULT = 5;
export const REPEAT_RECENT_PARAMETER = 'intake.repeatRecentDays';
export const REPEAT_RECENT_DEFAULT = 180;

export const CALLBACK_METHOD = { phone: '电话', inPerson: '当面', sms: '短信' } as const;
export type CallbackMethod = keyof typeof CALLBACK_METHOD;
export const CALLBACK_METHODS = Object.keys(CALLBACK_METHOD) as [CallbackMethod, ...CallbackMethod[]];

export const SATISFACTION = { satisfied: '满意', basicallySatisfied: '基本满意', unsatisfied: '不满意' } as const;
export type Satisfaction = keyof typeof SATISFACTION;
export const SATISFACTIONS = Object.keys(SATISFACTION) as [Satisfaction, ...Satisfaction[]];

/** Why a matter was shown as a possible repeat: a number is strong; a name alone is a weak hint (Tibetan names repeat). */
export const REPEAT_REASON = {
  idNumber: '投诉人身份证号相同',
  phone: '投诉人电话相同',
  creditCode: '被投诉单位统一社会信用代码相同',
  party: '被投诉方相同',
  project: '工程项目相同',
  projectAddress: '项目地址相同',
  name: '投诉人姓名相同（仅供参考）',
} as const;
export type RepeatReasonKind = keyof typeof REPEAT_REASON;
export const REPEAT_REASON_KINDS = Object.keys(REPEAT_REASON) as [RepeatReasonKind, ...RepeatReasonKind[]];
export const isWeakReason = (k: RepeatReasonKind) => k === 'name';

/**
 * The feedback due date: `days` working days after the day of receipt, the receipt day not counted (the engine's
 * counting rule, deadlines.ts). A bureau's own duty, so the calendar's working days, no roll beyond them.
 */
export function feedbackDue(cal: HolidayCalendar, receivedDate: string, days: number): string {
  let d = receivedDate;
  let counted = 0;
  while (counted < days) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) counted++;
  }
  return d;
}
