// How a tribunal and a hearing read in a line.
import type { HearingRecord } from '../../../../shared/contract/hearings';

type Sitting = Pick<HearingRecord, 'arbitrators' | 'clerk'>;

/** '首席仲裁员王芳，仲裁员李明、次旦，书记员央金'; a sole arbitrator '独任仲裁员…'. */
export function tribunalLine(t: Sitting): string {
  const [first, ...rest] = t.arbitrators;
  if (!first) return `书记员${t.clerk.name}`;
  return rest.length === 0 ? `独任仲裁员${first.name}，书记员${t.clerk.name}` : `首席仲裁员${first.name}，仲裁员${rest.map((a) => a.name).join('、')}，书记员${t.clerk.name}`;
}

export const HEARING_STATUS = { scheduled: '已排期', postponed: '已延期', held: '已开庭' } as const;

/** 'A诉B' for the calendar's line. */
export function partiesLine(h: Pick<HearingRecord, 'applicants' | 'respondents'>): string {
  const a = h.applicants.length > 2 ? `${h.applicants.slice(0, 2).join('、')}等${h.applicants.length}人` : h.applicants.join('、');
  return `${a || '申请人'} 诉 ${h.respondents.join('、') || '被申请人'}`;
}
