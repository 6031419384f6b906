// How audit actions and entities read on the auditor's screen. Unknown ones show as stored, so a new action is
// never hidden for want of a label.

const ACTIONS: Record<string, string> = {
  create: '新建',
  update: '修改',
  initialize: '首次设置',
  seed: '导入内置数据',
  seedDemo: '写入演示数据',
  seedLarge: '写入规模测试数据',
  handover: '移交给单位服务器',
  adopt: '接收单机移交的数据',
  addComplainants: '补充投诉人',
  addPhones: '补充电话',
  recordChain: '记录承包关系',
  enterYear: '录入节假日安排',
  replaceYear: '修改节假日安排',
  enterRegionalYear: '录入地方节日（西藏自治区）',
  replaceRegionalYear: '修改地方节日（西藏自治区）',
  start: '启动任务',
  succeeded: '任务完成',
  failed: '任务失败',
  cancelled: '任务取消',
  login: '登录',
  logout: '退出登录',
  loginFailed: '登录失败',
  loginRefusedLocked: '登录被拒（账户锁定中）',
  accountLocked: '账户锁定',
  accountCreate: '开设账户',
  lock: '锁屏',
  autoLock: '无操作自动锁屏',
  unlock: '解锁',
  passwordChange: '修改密码',
  passwordChangeFailed: '修改密码失败',
  passwordReset: '管理员重置密码',
  refused: '拒绝越权操作',
  unmask: '查看完整个人信息',
  exportHead: '导出审计链头',
  screenExport: '导出页面为 PDF',
  searchByNumber: '按证件号码或电话检索',
  numberSearchFlood: '频繁按号码检索（已拦截）',
  sessionEnded: '会话被系统终止',
  connectionEnded: '管理员结束连接',
  verify: '核验审计链',
  generate: '制作文书',
  serviceRecord: '登记送达',
  serviceVoid: '作废送达记录',
  serviceProofView: '查看送达凭证',
  inquiryNotice: '发出询问通知书',
  inquiryRecordCreate: '开始询问笔录',
  inquiryRecordSave: '保存询问笔录草稿',
  inquiryRecordFinalise: '询问笔录定稿',
  inquiryRecordCorrect: '更正询问笔录',
  paymentRecord: '登记工资支付',
  paymentVoid: '作废支付记录',
  wageHold: '登记代为保管的工资',
  wageHoldVoid: '作废代为保管的工资记录',
  advanceRecover: '登记应急周转金追回',
  advanceRecoverVoid: '作废应急周转金追回记录',
  paymentScanView: '查看支付凭证',
  siteInspectionCreate: '开始现场检查笔录',
  siteInspectionSave: '保存现场检查笔录草稿',
  siteInspectionPhoto: '添加现场照片',
  siteInspectionPhotoRemove: '删除现场照片（草稿）',
  siteInspectionPhotoView: '查看现场照片',
  siteInspectionFinalise: '现场检查笔录定稿',
  siteInspectionCorrect: '更正现场检查笔录',
  evidenceRequest: '发出调取证据通知书',
  evidenceRequestReturn: '登记调取证据的回复',
  proceedingStep: '办理程序步骤',
  arbitrationApplicationEntered: '登记仲裁申请',
  arbitrationApplicationEdited: '修改仲裁申请',
  arbitrationFromAgreement: '调解协议逾期未履行，申请劳动仲裁',
  approvalRequested: '提请领导审批',
  approvalApproved: '领导批准',
  approvalReturned: '领导退回',
  teamAdd: '加入办案组',
  teamRemove: '退出办案组',
  regenerate: '重新生成文书',
  void: '作废文书',
  numberIssued: '取得文书编号',
  documentView: '查看文书',
  documentExport: '导出文书',
  statisticsExport: '导出统计报表',
  documentPrint: '打印文书',
  reset: '恢复内置模板',
  idImageAdd: '上传证件照片',
  idImageView: '查看证件照片',
  idImageWithdraw: '撤回证件照片',
  anonymise: '保管期限届满匿名化',
  incidentOpen: '登记群体性事件',
  incidentReport: '记录群体性事件报告',
  incidentDispatch: '派员赶赴现场',
  incidentClose: '群体性事件处置完毕',
  supervisionOpen: '督办',
  supervisionReport: '报告督办事项办理情况',
  supervisionClose: '办结督办',
  caseFileClose: '案卷办结',
  caseFileReopen: '案卷重新办理',
  meetingRecord: '记录约谈或调度会',
  route: '分办（归口办理）',
  routingAccept: '部门签收',
  routingReturn: '部门退回接待窗口',
  reroute: '重新分办',
  evidenceAdd: '添加证据',
  evidenceView: '查看证据文件',
  evidenceWithdraw: '撤回证据',
  evidenceExport: '导出证据目录',
  owedCorrect: '更正劳动者欠薪金额',
  notice: '告知投诉人',
  callback: '回访投诉人',
  attachIntake: '重复投诉并入案卷',
  linkFiles: '关联案卷',
  statSubmit: '报送统计报表',
  statCorrect: '更正已报送的统计报表',
  teamConfirmLeader: '确认包案领导',
  referralGroundRecord: '登记移送、列入失信名单的事实',
  referralPropose: '提请移送或列入失信名单',
  arbitrationSeriesAccepted: '受理系列案',
  representedConsentRecorded: '记录被代表劳动者的同意',
  arbitrationEvidenceAdd: '登记仲裁证据',
  arbitrationEvidenceOpinion: '记录质证意见',
  hearingScheduled: '排定开庭',
  hearingPostponed: '延期开庭',
  hearingHeld: '记录开庭情况',
  hearingTranscriptCreate: '开始制作庭审笔录',
  hearingTranscriptSave: '保存庭审笔录',
  hearingTranscriptFinalise: '庭审笔录定稿',
  hearingTranscriptCorrect: '补正庭审笔录',
  unavailabilityAdded: '登记不能开庭的日期（请假、培训等）',
  unavailabilityWithdrawn: '撤销不能开庭日期的登记',
  configure: '修改备份设置',
  backup: '备份数据',
  backupFailed: '备份失败',
  verifyFailed: '备份校验未通过',
  restore: '从备份恢复数据',
};

const ENTITIES: Record<string, string> = {
  account: '账户',
  transport: '网络连接（服务器）',
  calendar: '节假日安排',
  caseFile: '案卷',
  proceeding: '案件程序',
  arbitrationApplication: '仲裁申请',
  incident: '群体性事件',
  supervision: '督办事项',
  meeting: '约谈和调度会',
  department: '科室',
  installation: '本机设置',
  intake: '接待登记',
  job: '任务',
  parameter: '参数',
  party: '被投诉方',
  permission: '权限',
  person: '人员',
  project: '项目',
  search: '检索索引',
  session: '会话',
  staff: '工作人员',
  unit: '单位',
  audit: '审计记录',
  screen: '页面',
  statistics: '统计报表',
  document: '文书',
  inquiryRecord: '询问笔录',
  siteInspection: '现场检查笔录',
  documentTemplate: '文书模板',
  file: '文件',
  evidence: '证据',
  statReport: '统计报表',
  arbitrationEvidence: '仲裁证据',
  hearing: '开庭',
  hearingRoom: '仲裁庭室',
  hearingTranscript: '庭审笔录',
  backup: '备份',
  backupSettings: '备份设置',
};

export function auditActionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function auditEntityLabel(entity: string): string {
  return ENTITIES[entity] ?? entity;
}

export const AUDIT_ACTIONS = Object.keys(ACTIONS);

/**
 * Entries that carry the caller's client address and transport (change.address, change.transport) when the session
 * has them: every refusal and failed or refused sign-in (issue #16: every refusal on the trail with the client's
 * address), a session the core ended, and every sign-in — so the auditor can tell which desk a person worked from.
 */
export const ADDRESSED_ACTIONS: ReadonlySet<string> = new Set([
  'refused',
  'loginFailed',
  'loginRefusedLocked',
  'accountLocked',
  'passwordChangeFailed',
  'numberSearchFlood',
  'sessionEnded',
  'login',
]);

/** Keys whose values are personal data: masked when the trail is shown (the stored row keeps them for the hash). */
const ID_KEYS = new Set(['idNumber', 'query']);
const PHONE_KEYS = new Set(['phone', 'phones', 'mobile']);

export function maskAuditChange(
  value: unknown,
  mask: { id: (s: string) => string; phone: (s: string) => string; text: (s: string) => string },
  key = '',
): unknown {
  if (typeof value === 'string') {
    if (ID_KEYS.has(key)) return mask.id(value);
    if (PHONE_KEYS.has(key)) return mask.phone(value);
    // Any other text (a summary, a note, a reason) may hold a number someone typed: masked by the same rule.
    return mask.text(value);
  }
  if (Array.isArray(value)) return value.map((v) => maskAuditChange(v, mask, key));
  if (value && typeof value === 'object') {
    // A changed field's { from, to } (format 2, audit-change.ts) is masked by the field's own key.
    const keyOf = (k: string) => (k === 'from' || k === 'to' ? key : k);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskAuditChange(v, mask, keyOf(k))]));
  }
  return value;
}
