// 庭审笔录 as pure rules. 调解仲裁法 Art. 40: the tribunal records the hearing; a party or other participant who finds
// their statement recorded wrongly or incompletely may ask for a correction (补正) — if it is not made, the request is
// recorded; the record is signed or sealed by the arbitrators, the clerk, the parties and the other participants.
// The hearing runs in its order (办案规则 Arts. 33–42 in outline): the opening, the parties' statements, 举证质证,
// 辩论, the final statements, and the mediation the tribunal must attempt before it awards (调解仲裁法 Art. 42).
import type { Language } from './vocabulary';
import { LANGUAGE } from './vocabulary';

export const ART40 = '《劳动争议调解仲裁法》第四十条';

/** The stages of a hearing, in the order it runs; 'other' may stand anywhere (a recess, a ruling on an objection). */
export const TRANSCRIPT_STAGE = {
  opening: '开庭（核对当事人，宣布仲裁庭组成、纪律和权利义务）',
  statements: '当事人陈述',
  evidence: '举证、质证',
  debate: '辩论',
  finalStatements: '最后陈述',
  mediation: '调解',
  other: '其他',
} as const;
export type TranscriptStage = keyof typeof TRANSCRIPT_STAGE;
export const TRANSCRIPT_STAGES = Object.keys(TRANSCRIPT_STAGE) as [TranscriptStage, ...TranscriptStage[]];

/** The heading each stage prints under in the paper. */
export const STAGE_HEADING: Record<TranscriptStage, string> = {
  opening: '开庭',
  statements: '当事人陈述',
  evidence: '举证、质证',
  debate: '辩论',
  finalStatements: '最后陈述',
  mediation: '调解',
  other: '其他',
};

export const ATTENDEE_SIDE = { applicant: '申请人', respondent: '被申请人', third: '第三人' } as const;
export const ATTENDEE_CAPACITY = { party: '当事人本人', legalRep: '法定代表人（负责人）', agent: '委托代理人' } as const;
export type AttendeeSide = keyof typeof ATTENDEE_SIDE;
export type AttendeeCapacity = keyof typeof ATTENDEE_CAPACITY;

export interface TranscriptAttendee {
  side: AttendeeSide;
  capacity: AttendeeCapacity;
  name: string;
  /** The party an agent or legal representative appears for (the party's own name when it is the party). */
  party: string;
}

export interface TranscriptEntry {
  stage: TranscriptStage;
  speaker: string;
  text: string;
}

/** How an attendee is named in the record and on the signature line: 申请人扎西, 被申请人某公司委托代理人张某. */
export function attendeeTitle(a: TranscriptAttendee): string {
  const side = ATTENDEE_SIDE[a.side];
  if (a.capacity === 'party') return `${side}${a.name}`;
  return `${side}${a.party}${a.capacity === 'agent' ? '委托代理人' : '法定代表人'}${a.name}`;
}

export interface TranscriptFacts {
  startedAt: number;
  endedAt: number | null;
  language: Language;
  languageOther: string | null;
  interpreterName: string | null;
  interpreterDutyTold: boolean;
  attendees: readonly TranscriptAttendee[];
  entries: readonly TranscriptEntry[];
}

/** What a draft may not hold even while typed: times out of order or to come, a language without its interpreter named. */
export function transcriptProblems(t: TranscriptFacts, now: number, hearingDay: { start: number }): Record<string, string> {
  const p: Record<string, string> = {};
  if (t.startedAt > now) p.startedAt = '开庭开始时间不能晚于现在';
  else if (t.startedAt < hearingDay.start) p.startedAt = '开庭开始时间不能早于排定的开庭日';
  if (t.endedAt !== null) {
    if (t.endedAt <= t.startedAt) p.endedAt = '闭庭时间应当晚于开庭时间';
    else if (t.endedAt > now) p.endedAt = '闭庭时间不能晚于现在';
  }
  if (t.language === 'other' && !t.languageOther) p.languageOther = '请写明庭审使用的语言';
  if (t.language !== 'zh' && !t.interpreterName) {
    const lang = t.language === 'other' ? (t.languageOther ?? '其他语言') : LANGUAGE.label(t.language);
    p.interpreterName = `庭审使用${lang}的，须有翻译人员；请填写翻译人员姓名`;
  }
  const agentless = t.attendees.findIndex((a) => a.capacity !== 'party' && a.party.trim() === '');
  if (agentless >= 0) p.attendees = `第${agentless + 1}名到庭人员是代理人或法定代表人，请写明其代表的当事人`;
  return p;
}

/** The stages recorded out of the hearing's order: the first entry whose stage comes before one already recorded. */
export function stageOrderProblem(entries: readonly TranscriptEntry[]): string | null {
  let reached = -1;
  for (const [i, e] of entries.entries()) {
    if (e.stage === 'other') continue;
    const at = TRANSCRIPT_STAGES.indexOf(e.stage);
    if (at < reached) return `第${i + 1}条记录（${STAGE_HEADING[e.stage]}）排在“${STAGE_HEADING[TRANSCRIPT_STAGES[reached]!]}”之后；请按庭审顺序排列`;
    reached = at;
  }
  return null;
}

/** What a draft still lacks to be 定稿 (then printed for every participant's signature, Art. 40). */
export function finaliseTranscriptProblems(t: TranscriptFacts): Record<string, string> {
  const p: Record<string, string> = {};
  if (t.endedAt === null) p.endedAt = '定稿前请填写闭庭时间';
  if (t.attendees.length === 0) p.attendees = '请登记到庭的当事人或代理人';
  if (t.language !== 'zh' && t.interpreterName && !t.interpreterDutyTold) p.interpreterDutyTold = '请先告知翻译人员如实、完整翻译的义务，并勾选“已告知”';
  if (t.entries.length === 0) p.entries = '笔录还没有庭审记录，不能定稿';
  else {
    const blank = t.entries.findIndex((e) => e.speaker.trim() === '' || e.text.trim() === '');
    if (blank >= 0) p.entries = `第${blank + 1}条记录的发言人或内容为空；未发言的，请如实记录“未发言”`;
    else {
      const order = stageOrderProblem(t.entries);
      if (order) p.entries = order;
    }
  }
  return p;
}

/**
 * Advice, not a refusal: the stages a held hearing usually has that the record lacks. The mediation is the tribunal's
 * duty before it awards (调解仲裁法 Art. 42) — it may have been tried outside the hearing, so it is advised, not required.
 */
export function missingStages(entries: readonly TranscriptEntry[], bothAppeared: boolean): string[] {
  const has = (s: TranscriptStage) => entries.some((e) => e.stage === s);
  const wanted: TranscriptStage[] = bothAppeared ? ['statements', 'evidence', 'debate', 'finalStatements', 'mediation'] : ['statements', 'evidence', 'finalStatements'];
  const missing = wanted.filter((s) => !has(s)).map((s) => STAGE_HEADING[s]);
  return missing.length > 0 ? [`笔录尚无${missing.join('、')}的记录${bothAppeared && !has('mediation') ? '（裁决前应当先行调解，《劳动争议调解仲裁法》第四十二条）' : ''}`] : [];
}
