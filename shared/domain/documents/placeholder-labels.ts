// What each template placeholder stands for, in the words the settings screen shows next to {name}: the
// administrator who edits a template reads Chinese, not the builders' identifiers.
import type { SERIES_PLACEHOLDERS } from './template-engine';

export const PLACEHOLDER_LABELS: Readonly<Record<string, string>> = {
  // 投诉（举报）登记表
  unitName: '登记单位名称',
  department: '科室（带括号，未登记科室时为空）',
  role: '投诉人、举报人或咨询人',
  count: '人数',
  // The case (arbitration documents)
  committee: '仲裁委员会名称',
  caseNumber: '案号',
  cause: '案由',
  applicant: '本通知书的申请人',
  applicants: '全部申请人',
  respondents: '全部被申请人',
  applicationDate: '申请日期',
  acceptedDate: '受理日期',
  evidenceDeadline: '举证期限的最后一日（如“2026年12月18日”）',
  recipient: '受通知人',
  you: '“你”或“你单位”',
  // The tribunal
  tribunal: '仲裁庭组成（按“仲裁庭组成”一段写出）',
  chief: '首席仲裁员（独任仲裁员）',
  members: '仲裁员',
  clerk: '书记员',
  committeeAddress: '仲裁委员会地址',
  committeePhone: '仲裁委员会电话',
  // The hearing
  hearingDate: '开庭日期',
  hearingTime: '开庭时间',
  hearingRoom: '仲裁庭（房间）',
  hearingAddress: '开庭地址',
  hearing: '开庭情况（按“开庭情况”一段写出）',
  // The award
  legalRepName: '法定代表人姓名',
  legalRepTitle: '法定代表人职务',
  amount: '金额',
  basis: '法律依据',
  moneyItems: '有金额的裁决项（如“第一、二项”）',
  caseNumberStem: '案号去掉末尾的“号”',
  part: '第几份裁决书',
  otherKind: '另一份裁决的性质（终局或非终局）',
  otherNumber: '另一份裁决书的编号',
  // A party's identity
  sex: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idNumber: '公民身份号码',
  address: '住址（住所）',
  phone: '联系电话',
  creditCode: '统一社会信用代码',
};

/** The series pattern's placeholders (numbering policy 'series'). */
export const SERIES_PLACEHOLDER_LABELS: Readonly<Record<(typeof SERIES_PLACEHOLDERS)[number], string>> = {
  unitShort: '本单位简称',
  year: '年度',
  n: '序号',
};

/** The Chinese meaning of a placeholder; the name itself when none is known. */
export function placeholderLabel(name: string): string {
  return PLACEHOLDER_LABELS[name] ?? (SERIES_PLACEHOLDER_LABELS as Record<string, string>)[name] ?? name;
}
