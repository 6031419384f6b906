// The 询问笔录 form's values as one object: read from a stored record (the form's start, and the other person's
// version on a conflict), and the fields the conflict screen compares, under the form's own labels.
import type { FileInvestigation, InquiryRecordView } from '../../../../shared/contract/investigation';
import { LANGUAGE, type Language } from '../../../../shared/domain/vocabulary';
import { mergeItems, type ConflictField } from '../../components/conflict';
import { dateTimeNow, type DateTime } from '../incidents/DateTimeField';
import type { QaPair } from './QaEditor';

export type Interviewee = InquiryRecordView['interviewee'];

export interface InquiryValues {
  start: DateTime;
  end: DateTime;
  place: string;
  inspectors: string[];
  recorder: string;
  /** '' for 其他人员. */
  partyId: string;
  who: Interviewee;
  language: Language;
  languageOther: string;
  interpreter: string;
  dutyTold: boolean;
  qa: QaPair[];
}

const EMPTY_TIME: DateTime = { date: '', time: '' };
const NOBODY: Interviewee = { partyId: null, name: '', sex: null, idNumber: null, workplace: null, post: null, phone: null, address: null };

export function inquiryValues(record: InquiryRecordView | null): InquiryValues {
  return {
    start: dateTimeNow(record?.startedAt),
    end: record?.endedAt ? dateTimeNow(record.endedAt) : EMPTY_TIME,
    place: record?.place ?? '',
    inspectors: record?.inspectors.map((i) => i.staffId) ?? [],
    recorder: record?.recorder?.id ?? '',
    partyId: record?.interviewee.partyId ?? '',
    who: record?.interviewee ?? NOBODY,
    language: record?.language ?? 'zh',
    languageOther: record?.languageOther ?? '',
    interpreter: record?.interpreterName ?? '',
    dutyTold: record?.interpreterDutyTold ?? false,
    qa: record?.qa ?? [{ q: '', a: '' }],
  };
}

const when = (t: DateTime) => `${t.date} ${t.time}`.trim();
const SEX = { M: '男', F: '女' } as const;
const WHO: [keyof Interviewee, string][] = [['idNumber', '身份证件号码'], ['phone', '联系电话'], ['workplace', '工作单位'], ['post', '职务（工种）'], ['address', '住址']];

/** The fields compared on a conflict; names come from the file (the inspectors offered, its parties). */
export function inquiryConflictFields(data: FileInvestigation, record: InquiryRecordView | null): ConflictField<InquiryValues>[] {
  const staff = new Map([...data.inspectors, ...(record?.inspectors ?? [])].map((i) => [i.staffId, i.name]));
  const name = (id: string) => staff.get(id) ?? '（已不在名单中的人员）';
  const party = (id: string) => data.parties.find((p) => p.id === id)?.name ?? '（其他人员）';
  return [
    { key: 'start', label: '询问开始', show: (v) => when(v.start) },
    { key: 'end', label: '询问结束', show: (v) => when(v.end) },
    { key: 'place', label: '询问地点', show: (v) => v.place },
    { key: 'inspectors', label: '询问人', show: (v) => v.inspectors.map(name).join('、') },
    { key: 'recorder', label: '记录人', show: (v) => (v.recorder ? name(v.recorder) : '') },
    { key: 'partyId', label: '与本案的关系', show: (v) => (v.partyId ? party(v.partyId) : '其他人员') },
    {
      key: 'who',
      label: '被询问人',
      long: true,
      show: (v) => [`姓名：${v.who.name}`, `性别：${v.who.sex ? SEX[v.who.sex] : ''}`, ...WHO.map(([k, l]) => `${l}：${v.who[k] ?? ''}`)].join('\n'),
    },
    { key: 'language', label: '询问语言', show: (v) => LANGUAGE.label(v.language) },
    { key: 'languageOther', label: '语言', show: (v) => v.languageOther },
    { key: 'interpreter', label: '翻译人员', show: (v) => v.interpreter },
    { key: 'dutyTold', label: '已告知翻译人员应如实、完整翻译', show: (v) => (v.dutyTold ? '是' : '否') },
    { key: 'qa', label: '问答', long: true, combine: (b, t, m) => mergeItems(b.qa, t.qa, m.qa), show: (v) => v.qa.flatMap((p, i) => [`第${i + 1}问：${p.q}`, `第${i + 1}答：${p.a}`]).join('\n') },
  ];
}
