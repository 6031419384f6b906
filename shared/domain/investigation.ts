// The investigation's records (调查取证) as pure rules: who may question (监察条例 Art. 16: two or more inspectors
// holding valid credentials), when an interpreter is needed, and when a 询问笔录 is complete enough to finalise.
import type { Language } from './vocabulary';
import { LANGUAGE } from './vocabulary';

export const ART16 = '《劳动保障监察条例》第十六条';

export interface NamedInspector {
  staffId: string;
  name: string;
  certNo: string | null;
  certExpiry: string | null;
}

/** 监察条例 Art. 16: each named inspector holds a 执法证 valid on the day, and there are at least two. */
export function inspectorProblem(named: readonly NamedInspector[], day: string, act: { who: string; what: string } = { who: '询问人', what: '询问' }): string | null {
  const ids = new Set<string>();
  for (const i of named) {
    if (ids.has(i.staffId)) return `${act.who}“${i.name}”重复，请选择两名不同的监察员`;
    ids.add(i.staffId);
    if (!i.certNo || !i.certExpiry) return `${i.name}没有登记执法证号及有效期，不能担任${act.who}（${ART16}）`;
    if (i.certExpiry < day) return `${i.name}的执法证已于 ${i.certExpiry} 过期，不能担任${act.who}（${ART16}）`;
  }
  if (named.length < 2) return `${act.what}须由两名以上持有效执法证的监察员进行（现有${named.length}名，${ART16}）`;
  return null;
}

export interface LanguageFacts {
  language: Language;
  languageOther: string | null;
  interpreterName: string | null;
  interpreterDutyTold: boolean;
}

/**
 * An interview in a language other than 汉语 needs an interpreter, told of the duty to translate truly. No statute on
 * labour inspection says so in terms: this follows the right to use one's own language in proceedings (宪法 Art. 139;
 * 行政诉讼法 Art. 9, 民事诉讼法 Art. 11 by analogy) as a bureau's practice; the record names the interpreter.
 */
export function languageProblems(f: LanguageFacts): Record<string, string> {
  const p: Record<string, string> = {};
  if (f.language === 'other' && !f.languageOther) p.languageOther = '请写明询问使用的语言';
  if (f.language !== 'zh') {
    const lang = f.language === 'other' ? (f.languageOther ?? '其他语言') : LANGUAGE.label(f.language);
    if (!f.interpreterName) p.interpreterName = `使用${lang}询问的，须有翻译人员；请填写翻译人员姓名`;
    else if (!f.interpreterDutyTold) p.interpreterDutyTold = '请先告知翻译人员如实、完整翻译的义务，并勾选“已告知”';
  }
  return p;
}

export interface RecordTimes {
  startedAt: number;
  endedAt: number | null;
}

/** The times of an interview: not in the future, ended after it started. */
export function timeProblems(r: RecordTimes, now: number): Record<string, string> {
  const p: Record<string, string> = {};
  if (r.startedAt > now) p.startedAt = '询问开始时间不能晚于现在';
  if (r.endedAt !== null) {
    if (r.endedAt <= r.startedAt) p.endedAt = '询问结束时间应当晚于开始时间';
    else if (r.endedAt > now) p.endedAt = '询问结束时间不能晚于现在';
  }
  return p;
}

/** What a record still lacks to be finalised (signed on paper as it stands). */
export function finaliseProblems(r: RecordTimes & { qa: readonly { q: string; a: string }[] }): Record<string, string> {
  const p: Record<string, string> = {};
  if (r.endedAt === null) p.endedAt = '定稿前请填写询问结束时间';
  if (r.qa.length === 0) p.qa = '笔录还没有问答内容，不能定稿';
  else {
    const blank = r.qa.findIndex((x) => x.q.trim() === '' || x.a.trim() === '');
    if (blank >= 0) p.qa = `第${blank + 1}组问答的问题或回答为空；被询问人未回答的，请如实记录“未回答”`;
  }
  return p;
}
