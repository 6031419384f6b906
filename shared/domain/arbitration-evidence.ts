// A party's evidence in an arbitration case as pure rules. 办案规则 Art. 15: the party bearing the burden of proof
// gives its evidence within the 举证期限 the committee set; evidence given late is not refused at the counter — the
// tribunal asks why and decides whether to admit it — so a late item is marked 逾期提交 with a warning. The other
// side's 质证意见 takes a view on each item's 真实性, 合法性 and 关联性 (认可 / 不认可) with its reasons.
export const ART15 = '《劳动人事争议仲裁办案规则》第十五条';

export const OPINION = { accepted: '认可', disputed: '不认可' } as const;
export type Opinion = keyof typeof OPINION;
export const OPINION_ASPECT = { authenticity: '真实性', legality: '合法性', relevance: '关联性' } as const;
export type OpinionAspect = keyof typeof OPINION_ASPECT;

export const EVIDENCE_SIDE = { applicant: '申请人', respondent: '被申请人' } as const;
export type EvidenceSide = keyof typeof EVIDENCE_SIDE;

/** Whether an item submitted on a day is late against the 举证期限's last day (none set: never late). */
export function isLate(submittedOn: string, periodEnd: string | null): boolean {
  return periodEnd !== null && submittedOn > periodEnd;
}

/** The warning a late item carries (shown when it is recorded, printed beside it). */
export function lateWarning(submittedOn: string, periodEnd: string): string {
  return `该证据于 ${submittedOn} 提交，举证期限已于 ${periodEnd} 届满，已标注为“逾期提交”；请责令提交人说明逾期理由，是否采纳由仲裁庭决定（${ART15}）`;
}

export interface OpinionFacts {
  authenticity: Opinion;
  legality: Opinion;
  relevance: Opinion;
  text: string | null;
}

/** A 质证意见 that disputes an aspect must say why: the tribunal weighs the reasons, not the bare word. */
export function opinionProblems(o: OpinionFacts): Record<string, string> {
  const disputed = (Object.keys(OPINION_ASPECT) as OpinionAspect[]).filter((a) => o[a] === 'disputed');
  if (disputed.length > 0 && !o.text) return { text: `对${disputed.map((a) => OPINION_ASPECT[a]).join('、')}不认可的，请写明理由` };
  return {};
}

/** The opinion in one line, as the list and the paper print it: 真实性：认可；合法性：认可；关联性：不认可。理由… */
export function opinionLine(o: OpinionFacts): string {
  const views = (Object.keys(OPINION_ASPECT) as OpinionAspect[]).map((a) => `${OPINION_ASPECT[a]}：${OPINION[o[a]]}`).join('；');
  return o.text ? `${views}。${o.text}` : `${views}。`;
}
