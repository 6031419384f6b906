// Demo data: fictional staff, employers, projects and desk intakes in 日喀则, shaped like the bureau's real work
// (group wage complaints from construction sites, 12345 work orders, platform clues, a confidential report, a
// consultation answered on the spot). Every name and number here is invented; codes pass their check digits.
// Plain data only: electron/core/demo/seed-demo.ts feeds it through the real services.

export interface DemoStaff {
  key: string;
  name: string;
  capability: 'reception' | 'inspection' | 'arbitration' | 'leadership' | 'laborRelations';
  roles: ('receptionist' | 'inspector' | 'mediator' | 'arbitrator' | 'clerk' | 'leader' | 'admin' | 'auditor')[];
  employment: 'fullTime' | 'partTime';
  phone: string;
  enforcementCertNo?: string;
  arbitratorCertNo?: string;
}

export { DEMO_PASSWORD } from '../../shared/domain/demo';

export const DEMO_STAFF: DemoStaff[] = [
  { key: 'desk1', name: '次仁卓玛', capability: 'reception', roles: ['receptionist'], employment: 'fullTime', phone: '13908920001' },
  { key: 'leader', name: '李强', capability: 'leadership', roles: ['leader'], employment: 'fullTime', phone: '13908920101' },
  { key: 'leader2', name: '格桑平措', capability: 'leadership', roles: ['leader'], employment: 'fullTime', phone: '13908920102' },
  { key: 'inspector1', name: '张伟', capability: 'inspection', roles: ['inspector', 'mediator'], employment: 'fullTime', phone: '13908920103', enforcementCertNo: '藏人社监字0231' },
  { key: 'inspector2', name: '达瓦次仁', capability: 'inspection', roles: ['inspector'], employment: 'fullTime', phone: '13908920104', enforcementCertNo: '藏人社监字0232' },
  { key: 'arbitrator', name: '王芳', capability: 'arbitration', roles: ['arbitrator'], employment: 'fullTime', phone: '13908920105', arbitratorCertNo: '藏仲字2024017' },
  { key: 'clerk', name: '央金', capability: 'arbitration', roles: ['clerk'], employment: 'partTime', phone: '13908920106' },
  { key: 'desk2', name: '尼玛', capability: 'reception', roles: ['receptionist'], employment: 'partTime', phone: '13908920107' },
  { key: 'auditor', name: '白玛央宗', capability: 'leadership', roles: ['auditor'], employment: 'fullTime', phone: '13908920108' },
];

export interface DemoParty {
  key: string;
  kind: 'organisation' | 'individual' | 'unknown';
  name: string;
  creditCode?: string;
  idNumber?: string;
  legalRepName?: string;
  address?: string;
  phone?: string;
}

export const DEMO_PARTIES: DemoParty[] = [
  { key: 'xueyu', kind: 'organisation', name: '日喀则市雪域建筑工程有限公司', creditCode: '91540202MA6T1X2K63', legalRepName: '陈建华', address: '日喀则市桑珠孜区珠峰路66号', phone: '0892-8826601' },
  { key: 'chenxi', kind: 'organisation', name: '西藏晨曦路桥工程有限公司', creditCode: '91540200MA6TQ9H333', legalRepName: '刘志远', address: '日喀则市桑珠孜区青岛东路12号', phone: '0892-8827702' },
  { key: 'nianchu', kind: 'organisation', name: '江孜县年楚河水利工程有限公司', creditCode: '91540222MA6TR2N898', legalRepName: '次旦', address: '江孜县江孜镇英雄南路3号' },
  { key: 'hongyuan', kind: 'organisation', name: '日喀则宏远劳务分包有限公司', creditCode: '91540200MA6TNB6D41', legalRepName: '马德胜', phone: '13989021188' },
  { key: 'jixiang', kind: 'organisation', name: '桑珠孜区吉祥藏餐馆', creditCode: '92540202L7HB4JC180', legalRepName: '巴桑' },
  { key: 'xuelian', kind: 'organisation', name: '定日县雪莲商贸部', creditCode: '92540223L3K9PQ2T6M', legalRepName: '索朗' },
  { key: 'wangdefa', kind: 'individual', name: '王德发', idNumber: '620102198701010384', phone: '13989025566' },
  { key: 'zhangsan', kind: 'unknown', name: '张姓包工头（姓名不详）' },
];

export interface DemoProject {
  key: string;
  name: string;
  siteRegionCode: string;
}

export const DEMO_PROJECTS: DemoProject[] = [
  { key: 'anju', name: '桑珠孜区安居房项目（二期）', siteRegionCode: '540202' },
  { key: 'g318', name: 'G318线拉孜段改建工程', siteRegionCode: '540225' },
  { key: 'shuili', name: '江孜县农田水利灌溉项目', siteRegionCode: '540222' },
  { key: 'school', name: '南木林县完全小学教学楼', siteRegionCode: '540221' },
];

export interface DemoWorker {
  name: string;
  idNumber?: string;
  missing?: string;
  phone?: string;
  hometown?: string;
  bo?: boolean;
  amountYuan?: number;
  rep?: boolean;
  /** 住所, 职业, 工作单位 as the worker stated them at the desk. */
  address?: string;
  occupation?: string;
  workplace?: string;
}

export interface DemoIntake {
  daysAgo: number;
  time: string;
  kind: 'complaint' | 'report' | 'consultation';
  channel: 'walkIn' | 'phone' | 'letter' | 'hotline12345' | 'cluePlatform' | 'petitionTransfer' | 'assignedFromAbove';
  externalNo?: string;
  replyInDays?: number;
  summary: string;
  workers: number;
  amountYuan?: number;
  parties: [string, 'employer' | 'generalContractor' | 'subcontractor' | 'laborTeam' | 'projectOwner'][];
  project?: string;
  complainants: DemoWorker[];
  route?: 'inspection' | 'arbitration' | 'mediation' | 'answered' | 'referredElsewhere';
  answer?: string;
  leader?: string;
  urgent?: boolean;
  /** The violation ended this many days before the intake (well inside the two years of 监察条例 Art. 20). */
  violationEndedDaysBefore?: number;
  pendingElsewhere?: 'none' | 'mediation' | 'arbitration' | 'court';
}

const W = (name: string, idNumber?: string, extra: Partial<DemoWorker> = {}): DemoWorker => ({ name, idNumber, ...extra });

export const DEMO_INTAKES: DemoIntake[] = [
  {
    daysAgo: 1, time: '09:40', kind: 'complaint', channel: 'walkIn',
    summary: '12名工人在雪域建筑公司承建的桑珠孜区安居房项目（二期）务工，2026年8月至10月工资未发，班组长王德发称总包未拨款。工人情绪激动，要求尽快结清。',
    workers: 12, amountYuan: 153600, parties: [['xueyu', 'generalContractor'], ['wangdefa', 'laborTeam']], project: 'anju',
    complainants: [
      W('扎西', '540202198503120019', {
        phone: '13908921234', hometown: '南木林县', bo: true, amountYuan: 12800, rep: true,
        address: '日喀则市南木林县艾玛乡岗堆村2组', occupation: '钢筋工', workplace: '日喀则市雪域建筑工程有限公司',
      }),
      W('次仁', '540221199007010025', { phone: '13908921235', hometown: '南木林县', amountYuan: 12800, rep: true, address: '日喀则市南木林县土布加乡', occupation: '木工' }),
      W('格桑', '540233197802150031', { phone: '13908921236', hometown: '亚东县', bo: true, amountYuan: 12800 }),
      W('张伟', '510104199205200041', { phone: '13908921237', hometown: '四川省成都市', amountYuan: 12800 }),
      W('达瓦', undefined, { missing: '未带身份证', phone: '13908921238', bo: true, amountYuan: 12800 }),
    ],
    route: 'inspection', leader: 'leader', urgent: true, violationEndedDaysBefore: 30, pendingElsewhere: 'none',
  },
  {
    daysAgo: 3, time: '15:10', kind: 'complaint', channel: 'hotline12345', externalNo: 'GD202611200457', replyInDays: 5,
    summary: '12345转来：G318线拉孜段改建工程约35名工人反映晨曦路桥公司拖欠2026年6月以来工资，劳务分包为宏远劳务公司。',
    workers: 35, amountYuan: 612000, parties: [['chenxi', 'generalContractor'], ['hongyuan', 'subcontractor']], project: 'g318',
    complainants: [W('平措', '540225198808080163', { phone: '13908922001', rep: true }), W('马小龙', '62290119910315121X', { phone: '13908922002' })],
    route: 'inspection', leader: 'leader2',
  },
  {
    daysAgo: 5, time: '10:05', kind: 'complaint', channel: 'cluePlatform', externalNo: 'QX5402002026111800031', replyInDays: 15,
    summary: '全国根治欠薪线索反映平台转办：江孜县农田水利灌溉项目工人反映年楚河水利公司拖欠工资共计4.2万元。',
    workers: 6, amountYuan: 42000, parties: [['nianchu', 'employer']], project: 'shuili',
    complainants: [W('旺堆', '540202199509090273', { phone: '13908923001', hometown: '江孜县', bo: true, occupation: '灌溉渠施工工人', workplace: '江孜县年楚河水利工程有限公司' })],
    route: 'inspection', violationEndedDaysBefore: 55, pendingElsewhere: 'none',
  },
  {
    daysAgo: 6, time: '11:30', kind: 'consultation', channel: 'phone',
    summary: '来电询问：在餐馆打工，每天工作11小时，加班费应如何计算，单位不签劳动合同怎么办。',
    workers: 1, parties: [], complainants: [W('卓玛', undefined, { missing: '电话咨询未登记证件', phone: '13908924001' })],
    route: 'answered', answer: '已告知：延长工作时间应按不低于工资的150%支付加班工资；未签书面劳动合同可主张二倍工资差额，可向劳动保障监察投诉或申请劳动仲裁，并告知所需材料。',
  },
  {
    daysAgo: 8, time: '16:20', kind: 'report', channel: 'letter',
    summary: '来信举报：桑珠孜区吉祥藏餐馆长期按每月1500元支付服务员工资，低于当地最低工资标准，且不缴纳社会保险。举报人要求保密。',
    workers: 8, parties: [['jixiang', 'employer']], complainants: [W('白玛', '540236198303030493', { phone: '13908925001' })],
    route: 'inspection',
  },
  {
    daysAgo: 10, time: '09:15', kind: 'complaint', channel: 'walkIn',
    summary: '在定日县雪莲商贸部任仓库管理员两年，2026年9月被口头辞退，未支付经济补偿及最后一个月工资。本人选择申请劳动仲裁。',
    workers: 1, amountYuan: 18600, parties: [['xuelian', 'employer']],
    complainants: [
      W('索朗多吉', '540227199606060508', {
        phone: '13908926001', hometown: '定日县', bo: true, amountYuan: 18600,
        address: '日喀则市定日县协格尔镇', occupation: '仓库管理员', workplace: '定日县雪莲商贸部',
      }),
    ],
    route: 'arbitration', violationEndedDaysBefore: 40, pendingElsewhere: 'none',
  },
  {
    daysAgo: 12, time: '14:00', kind: 'complaint', channel: 'petitionTransfer', externalNo: '日信转〔2026〕88号', replyInDays: 15,
    summary: '市信访局转来：南木林县完全小学教学楼项目8名工人多次上访，反映包工头失联、工资无人支付。',
    workers: 8, amountYuan: 96000, parties: [['zhangsan', 'laborTeam']], project: 'school',
    complainants: [W('尼玛扎西', '540202198911110610', { phone: '13908927001', rep: true }), W('拉巴', '540231199302130727', { phone: '13908927002' })],
    route: 'inspection', leader: 'leader',
  },
  {
    daysAgo: 14, time: '10:45', kind: 'complaint', channel: 'assignedFromAbove', externalNo: '藏人社监督〔2026〕17号', replyInDays: 10,
    summary: '自治区人社厅交办：反映雪域建筑公司在多个项目拖欠农民工工资，要求限期查处并报告结果。',
    workers: 20, amountYuan: 260000, parties: [['xueyu', 'employer']],
    complainants: [W('边巴', '540202198005050839', { phone: '13908928001', rep: true })],
    route: 'inspection', leader: 'leader', urgent: true,
  },
  {
    daysAgo: 16, time: '11:10', kind: 'complaint', channel: 'walkIn',
    summary: '3名工人反映宏远劳务公司拖欠工资，双方同意由监察大队组织调解。',
    workers: 3, amountYuan: 27000, parties: [['hongyuan', 'employer']],
    complainants: [
      W('普布', '540228197507070943', { phone: '13908929001', amountYuan: 9000, occupation: '搬运工', workplace: '日喀则宏远劳务分包有限公司' }),
      W('洛桑', undefined, { missing: '证件在工地被扣', amountYuan: 9000 }),
      W('强巴', undefined, { missing: '未带证件', amountYuan: 9000 }),
    ],
    route: 'mediation', pendingElsewhere: 'none',
  },
  {
    daysAgo: 20, time: '15:35', kind: 'consultation', channel: 'walkIn',
    summary: '咨询工伤认定申请流程。',
    workers: 1, parties: [], complainants: [],
    route: 'referredElsewhere', answer: '属工伤保险业务，已告知到市人社局工伤保险科（政务服务中心2号窗口）申请工伤认定，并告知申请时限为事故发生之日起一年内。',
  },
];

/** Extra ordinary single-worker complaints, to give the lists some depth. */
export const DEMO_FILLER_NAMES = ['次旦', '巴桑', '德吉', '白玛', '多吉', '央宗', '王磊', '李军', '刘洋', '陈刚', '杨帆', '赵勇', '黄强', '周杰'];
