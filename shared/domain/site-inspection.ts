// 现场检查 (监察条例 Art. 15(1): inspectors may enter the workplace and inspect it; Art. 15(4): record, photograph
// and film what they find) as pure rules: the times, and when a 现场检查笔录 is complete enough to finalise. Who may
// inspect is the Art. 16 rule of investigation.ts (two or more inspectors with valid 执法证).
export const ART15_1 = '《劳动保障监察条例》第十五条第（一）项';
export const ART15_4 = '《劳动保障监察条例》第十五条第（四）项';

/** The act whose inspectors Art. 16 checks, in the words its messages use. */
export const SITE_ACT = { who: '检查人员', what: '现场检查' } as const;

/** Photos of one inspection: enough for a site's gates, rosters and notices; more belong in a second inspection. */
export const MAX_SITE_PHOTOS = 30;

export interface SiteTimes {
  startedAt: number;
  endedAt: number | null;
}

/** The times of an inspection: not in the future, ended after it started. */
export function siteTimeProblems(r: SiteTimes, now: number): Record<string, string> {
  const p: Record<string, string> = {};
  if (r.startedAt > now) p.startedAt = '检查开始时间不能晚于现在';
  if (r.endedAt !== null) {
    if (r.endedAt <= r.startedAt) p.endedAt = '检查结束时间应当晚于开始时间';
    else if (r.endedAt > now) p.endedAt = '检查结束时间不能晚于现在';
  }
  return p;
}

/** What a 现场检查笔录 still lacks to be finalised (signed on paper as it stands). */
export function siteFinaliseProblems(r: SiteTimes & { findings: string; photos: readonly { caption: string }[] }): Record<string, string> {
  const p: Record<string, string> = {};
  if (r.endedAt === null) p.endedAt = '定稿前请填写检查结束时间';
  if (r.findings.trim() === '') p.findings = '请记录现场检查的情况；未发现问题的，也请如实写明';
  const blank = r.photos.findIndex((x) => x.caption.trim() === '');
  if (blank >= 0) p.photos = `第${blank + 1}张照片没有说明；请写明拍摄的是什么（${ART15_4}）`;
  return p;
}
