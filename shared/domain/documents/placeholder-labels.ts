// What each template placeholder stands for, in the words the settings screen shows next to {name}: the
// administrator who edits a template reads Chinese, not the builders' identifiers.
import type { SERIES_PLACEHOLDERS } from './template-engine';

export const PLACEHOLDER_LABELS: Readonly<Record<string, string>> = {
  // 投诉（举报）登记表
  unitName: '登记单位名称',
  department: '科室（带括号，未登记科室时为空）',
  role: '投诉人、举报人或咨询人',
  count: '人数',
  // The arbitration application's papers (收件回执, 补正通知书, 不予受理通知书)
  receivedOn: '收到仲裁申请的日期（补正后为补正日期）',
  claimCount: '仲裁请求的项数',
  decideBy: '决定是否受理的期限届满日',
  supplementDate: '告知补正的日期',
  decisionDate: '决定不予受理的日期',
  reason: '不予受理的理由',
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
  // 限期改正（支付）指令书
  employer: '用人单位名称',
  facts: '查明的违法事实',
  workers: '涉及劳动者人数',
  date: '指令书作出日期',
  deadline: '限期支付的最后一日（如“2026年12月17日”）',
  // The investigation (询问通知书, 询问笔录)
  addressee: '被通知人',
  caseTitle: '案由（案件名称）',
  caseRef: '括注的立案编号（未立案时为空）',
  appearDate: '到场日期',
  appearTime: '到场时间',
  place: '到场地点',
  contactNames: '联系人',
  contactPhone: '联系电话',
  inspectors: '询问人（监察员）',
  organ: '本局名称',
  interpreter: '翻译人员',
  language: '询问使用的语言',
  // The inspection's decision papers (事先告知书, 行政处理决定书, 行政处罚决定书, 催告书)
  filedOn: '立案日期',
  decisionKind: '拟作出的决定（行政处理决定、行政处罚决定）',
  content: '事先告知的事实、理由、依据和拟作出的决定',
  statementDays: '陈述、申辩的工作日数（设置中的期限）',
  statementDue: '陈述、申辩的最后一日',
  hearingDays: '要求听证的工作日数（五个工作日）',
  hearingDue: '要求听证的最后一日',
  orHearing: '“或者要求听证”（拟作出行政处罚时）',
  orderDate: '限期改正（支付）指令书的日期',
  orderDeadline: '指令书限期支付的最后一日',
  noticeDate: '事先告知书送达日期',
  statementDate: '陈述、申辩日期',
  statement: '当事人陈述、申辩的意见',
  review: '复核意见',
  hearingHeldOn: '听证日期',
  hearingRecord: '听证情况',
  payees: '受支付的劳动者（如“15名劳动者”）',
  wages: '责令支付的工资金额',
  wagesWords: '工资金额大写',
  percent: '赔偿金比例（%）',
  compensation: '赔偿金金额',
  compensationWords: '赔偿金金额大写',
  government: '行政复议机关（本机关的本级人民政府）',
  fine: '罚款金额',
  fineWords: '罚款金额大写',
  decisions: '催告履行的决定（名称和文号）',
  dueDays: '催告履行的工作日数（十个工作日）',
  due: '催告履行的最后一日',
  amountWords: '金额大写',
  duties: '应当履行的义务',
  // 调取证据通知书 and 现场检查笔录
  dueDate: '提供证据的期限（如“2026年12月11日”）',
  photoCount: '现场照片张数',
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
