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

/** The cases a sitting hears, still in it (not postponed apart) — or the hearing's own case when heard alone. */
export function sittingCasesIn(h: Pick<HearingRecord, 'sittingCases' | 'status'>): HearingRecord['sittingCases'] {
  return h.sittingCases.filter((c) => c.status === h.status);
}

/** '第3号' of a 案号 (a sitting's cases share the rest of it). */
export const shortNumber = (n: string | null) => (n === null ? '（尚无案号）' : (/第\d+号$/.exec(n)?.[0] ?? n));

/** '合并开庭 6件：第1号至第6号' for a sitting of several cases, or null. */
export function sittingLine(h: Pick<HearingRecord, 'sittingCases' | 'status'>): string | null {
  const cases = sittingCasesIn(h);
  if (cases.length < 2) return null;
  const numbers = cases.map((c) => c.caseNumber ?? '（尚无案号）');
  return `系列案合并开庭 ${cases.length}件：${numbers[0]}至${shortNumber(numbers.at(-1)!)}`;
}
