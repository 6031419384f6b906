import { buildBlacklistDecision, buildDelistingDecision } from '../../shared/domain/documents/blacklist-decisions';
import { buildEnforcementApplication } from '../../shared/domain/documents/enforcement-application';
import { buildMediationAgreement } from '../../shared/domain/documents/mediation-agreement-paper';
import { buildReferralLetter } from '../../shared/domain/documents/referral-letter';
import { blacklistDecisionSample, delistingEarlySample, delistingExpirySample, enforcementApplicationSample, mediationAgreementSample, paymentOrderSample, referralLetterSample } from '../fixtures/proceeding-papers';
import { buildPaymentOrderApplication } from '../../shared/domain/documents/payment-order-application';
import { buildTribunalNotice, type TribunalNoticeData } from '../../shared/domain/documents/tribunal-notice';
import { buildMediationPaper, type MediationPaperData } from '../../shared/domain/documents/mediation-paper';
import { buildFileCover, buildFileIndex, type FileCoverData } from '../../shared/domain/documents/case-file-papers';
import { buildPostponementNotice, type PostponementNoticeData } from '../../shared/domain/documents/postponement-notice';
import { buildInquiryNotice } from '../../shared/domain/documents/inquiry-notice';
import { buildInquiryRecord } from '../../shared/domain/documents/inquiry-record';
import { inquiryNoticeSample, inquiryRecordSample } from '../fixtures/investigation';
import { demandNoticeSample, handlingDecisionSample, penaltyDecisionSample, priorNoticeSample } from '../fixtures/inspection-papers';
import { extensionSample, provisionalSample, resumptionSample, suspensionSample } from '../fixtures/arbitration-change-papers';
import { buildExtensionNotice, buildProvisionalRuling, buildResumptionNotice, buildSuspensionDecision } from '../../shared/domain/documents/arbitration-change-papers';
import { buildDemandNotice, buildHandlingDecision, buildPenaltyDecision, buildPriorNotice } from '../../shared/domain/documents/inspection-papers';
import { siteInspectionRecordSample } from '../fixtures/site-inspection';
import { evidenceRequestSample } from '../fixtures/evidence-request';
import { buildEvidenceRequest } from '../../shared/domain/documents/evidence-request';
import { buildSiteInspectionRecord } from '../../shared/domain/documents/site-inspection-record';
import { buildApplicationReceipt, buildRejectionNotice, buildSupplementNotice } from '../../shared/domain/documents/arbitration-application-papers';
import { applicationPaperSample } from '../fixtures/arbitration-application-papers';
import { buildEvidenceNotice, buildRecusalDecision, buildRespondentNotice } from '../../shared/domain/documents/arbitration-notices';
import { evidenceNoticeSample, recusalGrantedSample, recusalRefusedSample, respondentNoticeSample } from '../fixtures/arbitration-notices';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  arbitrationCaseInput,
  documentModel,
  orderToPayInput,
  serviceReceiptInput,
  type ArbitrationCase as ContractCase,
  type DocumentModel as ContractModel,
} from '../../shared/contract/documents';
import type { IntakeDetail } from '../../shared/contract/intakes';
import {
  buildAcceptanceNotice,
  buildAwards,
  buildHearingNotice,
  buildIntakeRecord,
  buildOrderToPay,
  buildServiceReceipt,
  checkDocumentTemplate,
  checkNumbering,
  checkTemplate,
  DEFAULT_TEMPLATES,
  DocumentInputError,
  fillTemplate,
  REPORTER_CONFIDENTIAL_NOTE,
  SERVICE_METHOD_LABEL,
  TemplateError,
  type ArbitrationCase,
  type DocumentModel,
  type DocumentTemplate,
  type IntakeRecordSource,
  type OrderToPay,
  type ServiceReceipt,
} from '../../shared/domain/documents';
import { chineseNumber, clockText, yuanText } from '../../shared/domain/documents/format';
import {
  buildClosingApproval,
  buildComplaintAcceptanceNotice,
  buildComplaintRejectionNotice,
  buildFilingApproval,
  buildPenaltyHearingNotice,
  buildRevocationApproval,
} from '../../shared/domain/documents/inspection-approvals';
import {
  closingApprovalSample,
  complaintAcceptanceSample,
  complaintRejectionSample,
  filingApprovalSample,
  hearingNoticeSample,
  revocationApprovalSample,
} from '../fixtures/inspection-approvals';
import { DOCUMENT_KIND, type DocumentKind } from '../../shared/domain/vocabulary';
import { buildEvidenceCatalogue } from '../../shared/domain/documents/evidence-catalogue';
import { buildHearingTranscript } from '../../shared/domain/documents/hearing-transcript';
import { evidenceCatalogueSample, hearingTranscriptSample } from '../fixtures/hearing-record-papers';
import {
  arbitrationCase,
  arbitrationCaseAllFinal,
  arbitrationCaseTibetan,
  complaintIntake,
  reportIntake,
  serviceReceipt,
  TIBETAN_NAME,
} from '../fixtures/arbitration-case';

// ---------------------------------------------------------------------------------------------------------------
// The domain's mirror types and the contract's schemas must agree both ways (shared/domain may not import the
// contract, so this is where drift is caught — by the type checker).

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const modelAgrees: Same<ContractModel, DocumentModel> = true;
const caseAgrees: Same<ContractCase, ArbitrationCase> = true;
const receiptAgrees: Same<z.output<typeof serviceReceiptInput>, ServiceReceipt> = true;
const intakeFits: IntakeRecordSource = complaintIntake satisfies IntakeDetail;
const orderAgrees: Same<z.output<typeof orderToPayInput>, OrderToPay> = true;
void [modelAgrees, caseAgrees, receiptAgrees, intakeFits, orderAgrees];

// ---------------------------------------------------------------------------------------------------------------

/** Every string a reader of the document could see, in order. */
function textOf(m: DocumentModel): string {
  const parts: string[] = [m.organ ?? '', m.title, m.number ?? '', m.addressee ?? ''];
  for (const b of m.body) {
    if (b.type === 'paragraph') parts.push(b.runs.map((r) => r.text).join(''));
    else if (b.type === 'heading') parts.push(b.text);
    else if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) parts.push(cell.runs.map((r) => r.text).join(''));
  }
  if (m.signature) parts.push(...m.signature.lines.flatMap((l) => [l.label, l.name]), m.signature.organ ?? '', m.signature.date ?? '');
  for (const n of m.notes) parts.push(n.map((r) => r.text).join(''));
  return parts.join('\n');
}

/** The value cell right after a label cell on a form. */
function field(m: DocumentModel, label: string): string | undefined {
  for (const b of m.body) {
    if (b.type !== 'table') continue;
    for (const row of b.rows) {
      const i = row.cells.findIndex((c) => c.label && c.runs.map((r) => r.text).join('') === label);
      if (i >= 0) return row.cells[i + 1]?.runs.map((r) => r.text).join('');
    }
  }
  return undefined;
}

function expectValid(m: DocumentModel): void {
  expect(documentModel.parse(m)).toEqual(m);
}

const caseParsed: ArbitrationCase = arbitrationCaseInput.parse(arbitrationCase);
const receiptParsed: ServiceReceipt = serviceReceiptInput.parse(serviceReceipt);
const orderParsed: OrderToPay = orderToPayInput.parse({
  organ: '日喀则市人力资源和社会保障局',
  caseNumber: '日喀则市人社监立字〔2026〕第16号',
  employer: '日喀则市雪域建筑劳务有限公司',
  facts: '未按月足额支付顿珠等十五名农民工2026年8月至10月的工资',
  workers: 15,
  amountFen: 12_800_050,
  date: '2026-12-07',
  deadline: '2026-12-17',
});

describe('fixtures', () => {
  it('the arbitration case and the receipt pass the contract unchanged', () => {
    expect(caseParsed).toEqual(arbitrationCase);
    expect(arbitrationCaseInput.parse(arbitrationCaseTibetan).applicants[0].name).toBe(TIBETAN_NAME);
  });
});

describe('formatting', () => {
  it('writes amounts as awards do: whole yuan bare, cents with two decimals', () => {
    expect(yuanText(1_280_000)).toBe('12,800元');
    expect(yuanText(1_234_550)).toBe('12,345.50元');
    expect(yuanText(5)).toBe('0.05元');
  });
  it('numbers items in Chinese', () => {
    expect([1, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual(['一', '十', '十一', '二十', '二十一', '九十九']);
  });
  it('tells the time as a summons does', () => {
    expect(['09:30', '14:00', '12:15', '08:05'].map(clockText)).toEqual(['上午9时30分', '下午2时', '中午12时15分', '上午8时5分']);
  });
});

describe('投诉（举报）登记表', () => {
  const record = buildIntakeRecord(complaintIntake, { departmentName: '统一咨询接待室', leaderName: '李强' });

  it('is an internal form with the 登记号 as its number', () => {
    expectValid(record);
    expect(record).toMatchObject({ kind: 'intakeRecord', layout: 'form', organ: null, title: '投诉登记表', number: '2026-0015', signature: null });
    expect(DEFAULT_TEMPLATES.intakeRecord.audience).toEqual(['internal']);
  });

  it('carries the desk’s fields', () => {
    expect(field(record, '登记号')).toBe('2026-0015');
    expect(field(record, '接待时间')).toBe('2026年11月18日 10:30');
    expect(field(record, '来源渠道')).toBe('来访');
    expect(field(record, '类型')).toBe('投诉（集体）');
    expect(field(record, '投诉人')).toBe('代表扎西，共登记3人（名单见附表）');
    expect(field(record, '被投诉单位')).toBe('日喀则市雪域建筑工程有限公司（施工总承包单位）');
    expect(field(record, '统一社会信用代码')).toBe('91540202MA6T1X2K63');
    expect(field(record, '法定代表人（负责人）')).toBe('陈建华（总经理）');
    expect(field(record, '地址')).toBe('日喀则市桑珠孜区山东大道北段88号');
    expect(field(record, '联系电话')).toBe('0892-8830456');
    expect(field(record, '工程项目')).toBe('幸福家园安置房项目（桑珠孜区，江当乡）');
    expect(field(record, '诉求摘要')).toBe(complaintIntake.summary);
    expect(field(record, '涉及人数')).toBe('12人');
    expect(field(record, '涉及金额')).toBe('153,600元');
    expect(field(record, '处理意见')).toBe('转劳动人事争议仲裁；包案领导：李强');
    expect(field(record, '接待人')).toBe('次仁卓玛');
    expect(field(record, '投诉人签名')).toBe('');
    const text = textOf(record);
    expect(text).toContain('登记单位：日喀则市人力资源和社会保障局（统一咨询接待室）');
    expect(text).toContain('不得捏造、歪曲事实');
    expect(text).not.toContain(REPORTER_CONFIDENTIAL_NOTE);
  });

  it('lists every registered person of a group with ID number, phone and amount', () => {
    const annex = record.body.filter((b) => b.type === 'table')[1];
    expect(annex?.type).toBe('table');
    const text = textOf(record);
    expect(text).toContain('附表：投诉人名单（共3人）');
    for (const p of complaintIntake.complainants) {
      expect(text).toContain(p.name);
      expect(text).toContain(p.idNumber!);
      expect(text).toContain(p.phones[0]);
    }
    expect(text.match(/12,800元/g)).toHaveLength(3);
  });

  it('a single complainant is written out on the form itself, without an annex', () => {
    const single = buildIntakeRecord({ ...complaintIntake, collective: false, workersCount: 1, complainants: [complaintIntake.complainants[0]] });
    expect(field(single, '姓名')).toBe('扎西');
    expect(field(single, '证件号码')).toBe('540202198503120019');
    expect(field(single, '交流语言')).toBe('藏语');
    expect(single.body.filter((b) => b.type === 'table')).toHaveLength(1);
  });

  it('a report names the reporter and says the identity is confidential (监察条例 Art. 9)', () => {
    const r = buildIntakeRecord(reportIntake('卓嘎'));
    expectValid(r);
    expect(r.title).toBe('举报登记表');
    expect(field(r, '姓名')).toBe('卓嘎');
    expect(field(r, '工单（来文）编号')).toBe('GD-20261119-0042');
    expect(field(r, '回复期限')).toBe('2026年11月26日');
    expect(field(r, '被举报单位')).toContain('雪域建筑');
    expect(textOf(r)).toContain('举报人信息依法保密（《劳动保障监察条例》第九条），不得向被举报单位透露。');
  });

  it('an anonymous or withheld reporter is said so', () => {
    const r = buildIntakeRecord({ ...reportIntake('x'), complainants: [], hiddenReporters: 1 });
    expect(field(r, '举报人')).toBe('匿名');
    expect(textOf(r)).toContain('另有1名举报人的信息因查看权限未显示');
  });

  it('a consultation records the answer given', () => {
    const c = buildIntakeRecord({ ...complaintIntake, kind: 'consultation', route: 'answered', answer: '告知可申请劳动仲裁', complainants: [complaintIntake.complainants[0]] });
    expect(c.title).toBe('咨询登记表');
    expect(field(c, '处理意见')).toBe('当场答复：告知可申请劳动仲裁');
    expect(field(c, '咨询人签名')).toBe('');
  });
});

describe('受理通知书', () => {
  const notice = buildAcceptanceNotice(caseParsed, 0);
  const text = textOf(notice);

  it('is addressed to the applicant under the case number, dated and sealed on the day of acceptance', () => {
    expectValid(notice);
    expect(notice).toMatchObject({ kind: 'acceptanceNotice', organ: '日喀则市劳动人事争议仲裁委员会', title: '受理通知书', number: '日劳人仲案字〔2026〕第12号', addressee: '扎西：', layout: 'official' });
    expect(notice.signature).toEqual({ lines: [], organ: '日喀则市劳动人事争议仲裁委员会', date: '2026-11-25', dateStyle: 'arabic', sealed: true });
  });

  it('states the decision to accept, with its basis (调解仲裁法 Art. 29; 办案规则 Art. 30)', () => {
    expect(text).toContain('你于2026年11月23日向本委提交的仲裁申请书已收悉');
    expect(text).toContain('日喀则市雪域建筑工程有限公司劳动报酬争议一案');
    expect(text).toContain('决定立案受理');
    expect(text).toContain('第二十九条');
  });

  it('names the tribunal and the next steps', () => {
    expect(text).toContain('由首席仲裁员王芳、仲裁员李明、次旦组成仲裁庭审理，书记员央金');
    expect(text).toContain('送达仲裁申请书副本');
  });

  it('lists the rights and duties', () => {
    for (const s of ['申请回避', '委托代理', '举证责任', '自行和解', '增加或者变更仲裁请求', '可以视为撤回仲裁申请', '质证和辩论', '遵守仲裁庭纪律']) {
      expect(text).toContain(s);
    }
  });

  it('prints the evidence period as a date and what Art. 44 says about changing claims (办案规则 Arts. 15, 44)', () => {
    expect(text).toContain('本案举证期限至2026年12月11日。');
    expect(text).toContain('你可以在举证期限届满前向本委提出增加或者变更仲裁请求；举证期限届满后提出的，应当另行申请仲裁（《劳动人事争议仲裁办案规则》第四十四条）');
    // The superseded wording must not be printed.
    expect(text).not.toContain('首次开庭三日前');
  });

  it('refuses to issue without an evidence period, or with one not after acceptance', () => {
    expect(() => buildAcceptanceNotice({ ...caseParsed, evidenceDeadline: null }, 0)).toThrow('尚未确定举证期限，不能制作受理通知书');
    expect(() => buildAcceptanceNotice({ ...caseParsed, evidenceDeadline: '2026-11-25' }, 0)).toThrow('举证期限 2026-11-25 应当晚于受理日期 2026-11-25');
  });

  it('a bureau’s template must print the evidence period’s date', () => {
    const edited: DocumentTemplate = { ...DEFAULT_TEMPLATES.acceptanceNotice, texts: { ...DEFAULT_TEMPLATES.acceptanceNotice.texts, evidencePeriod: '请按期举证。' } };
    expect(() => buildAcceptanceNotice(caseParsed, 0, edited)).toThrow('模板“受理通知书”的“举证期限”必须包含占位符{evidenceDeadline}');
    expect(checkDocumentTemplate(edited)).toContainEqual({ piece: 'texts.evidencePeriod', label: '举证期限', message: '必须包含占位符{evidenceDeadline}' });
  });

  it('asks for the missing evidence, for the receipt, and gives the contact', () => {
    expect(text).toContain('请在举证期限届满前提交下列材料');
    expect(text).toContain('劳动合同、工作证、工资条');
    expect(text).toContain('送达回证');
    expect(notice.notes.map((n) => n[0].text)).toEqual(['联系地址：日喀则市桑珠孜区珠峰路16号', '联系电话：0892-8826123', '书记员：央金']);
  });

  it('leaves out a contact line it has no value for', () => {
    const n = buildAcceptanceNotice({ ...caseParsed, committee: { ...caseParsed.committee, phone: null } }, 0);
    expect(n.notes.map((x) => x[0].text)).toEqual(['联系地址：日喀则市桑珠孜区珠峰路16号', '书记员：央金']);
  });

  it('refuses an applicant the case does not have, in Chinese', () => {
    expect(() => buildAcceptanceNotice(caseParsed, 1)).toThrow(DocumentInputError);
    expect(() => buildAcceptanceNotice(caseParsed, 1)).toThrow('本案没有第2名申请人');
  });

  it('prints a Tibetan-script name as given', () => {
    expect(buildAcceptanceNotice(arbitrationCaseTibetan, 0).addressee).toBe(`${TIBETAN_NAME}：`);
  });
});

describe('开庭通知书', () => {
  const toApplicant = buildHearingNotice(caseParsed, { role: 'applicant', index: 0 }, undefined, '2026-11-25');
  const toRespondent = buildHearingNotice(caseParsed, { role: 'respondent', index: 0 });

  it('gives the hearing’s date, time and place in writing (调解仲裁法 Art. 35)', () => {
    for (const m of [toApplicant, toRespondent]) {
      expectValid(m);
      const text = textOf(m);
      expect(m.number).toBe('日劳人仲案字〔2026〕第12号');
      expect(text).toContain('本委定于2026年12月18日上午9时30分在日喀则市桑珠孜区珠峰路16号第一仲裁庭开庭审理');
      expect(text).toContain('第三十五条');
      expect(text).toContain('开庭三日前');
      expect(text).toContain('由首席仲裁员王芳、仲裁员李明、次旦组成仲裁庭');
    }
    expect(toApplicant.signature?.date).toBe('2026-11-25');
    expect(toRespondent.signature?.date).toBeNull();
  });

  it('each party is told its own no-show consequence (Art. 36)', () => {
    const a = textOf(toApplicant);
    const r = textOf(toRespondent);
    expect(toApplicant.addressee).toBe('扎西：');
    expect(a).toContain('可以视为撤回仲裁申请');
    expect(a).not.toContain('缺席裁决');
    expect(toRespondent.addressee).toBe('日喀则市雪域建筑工程有限公司：');
    expect(r).toContain('仲裁庭可以缺席裁决');
    expect(r).not.toContain('视为撤回仲裁申请');
    expect(r).toContain('请你单位准时到庭');
    expect(r).toContain('法定代表人身份证明书');
    // 办案规则 Art. 39: a deemed withdrawal bars a new application on the same facts.
    expect(a).toContain('视为撤回仲裁申请后，以相同的事实和理由再次申请仲裁的，本委不予受理（《劳动人事争议仲裁办案规则》第三十九条）');
  });

  it('says when recusal may be asked: before the hearing, or until the end of debate for grounds learned later (办案规则 Art. 11)', () => {
    expect(textOf(toApplicant)).toContain('申请上述人员回避的，应当在开庭前提出并说明理由；回避事由在开庭后知道的，也可以在庭审辩论终结前提出');
  });

  it('refuses a hearing the notice cannot reach five days before (调解仲裁法 Art. 35), naming the earliest lawful date', () => {
    // Issued Fri 12-11 + 2 days in transit = 12-13; a hearing on Fri 12-18 needs the notice by 12-11 (5 working days back).
    expect(() => buildHearingNotice({ ...caseParsed, applicationServedOn: '2026-11-26' }, { role: 'applicant', index: 0 }, undefined, '2026-12-11')).toThrow(
      /开庭通知书应当在开庭五日前送达当事人.*最迟应于 2026-12-11 送达；2026-12-11 制作、送达在途按 2 日计，约 2026-12-13 才能送达.*开庭日期最早为 2026-12-21/,
    );
    // With the copy served in person the same day (allowance 0), 12-11 is in time.
    expect(buildHearingNotice({ ...caseParsed, applicationServedOn: '2026-11-26' }, { role: 'applicant', index: 0 }, undefined, '2026-12-11', { serviceAllowanceDays: 0 }).signature?.date).toBe('2026-12-11');
  });

  it('refuses a hearing inside the defence period (调解仲裁法 Art. 30), served or still to be served with the notice', () => {
    // The copy served Thu 12-03: 10 working days → 12-17; a hearing on 12-17 is inside, 12-18 is not.
    const served = { ...caseParsed, applicationServedOn: '2026-12-03' };
    expect(() => buildHearingNotice({ ...served, hearing: { ...served.hearing!, date: '2026-12-17' } }, { role: 'respondent', index: 0 }, undefined, '2026-12-04')).toThrow(
      '开庭日期 2026-12-17 在答辩期内：申请书副本于 2026-12-03 送达被申请人，答辩期至 2026-12-17',
    );
    expect(buildHearingNotice(served, { role: 'respondent', index: 0 }, undefined, '2026-12-04').kind).toBe('hearingNotice');
    // Not yet served: it goes with the notice, 11-30 + 2 = 12-02 → 10 working days → 12-16; a hearing on 12-15 is inside.
    expect(() => buildHearingNotice({ ...caseParsed, hearing: { ...caseParsed.hearing!, date: '2026-12-15' } }, { role: 'respondent', index: 0 }, undefined, '2026-11-30')).toThrow(
      '申请书副本尚未送达，随本通知一并送达的，约 2026-12-02 送达，答辩期至 2026-12-16',
    );
    // As calendar days (a setting), the same copy's defence period ends 12-12 (Sat) → 12-14, so 12-15 is lawful.
    expect(buildHearingNotice({ ...caseParsed, hearing: { ...caseParsed.hearing!, date: '2026-12-15' } }, { role: 'respondent', index: 0 }, undefined, '2026-11-30', { settings: { units: { 'arbitration.defence': 'calendarDay' } } }).kind).toBe('hearingNotice');
  });

  it('refuses a service date before acceptance or after the notice', () => {
    expect(() => buildHearingNotice({ ...caseParsed, applicationServedOn: '2026-11-20' }, { role: 'applicant', index: 0 }, undefined, '2026-11-25')).toThrow('早于受理日期');
    expect(() => buildHearingNotice({ ...caseParsed, applicationServedOn: '2026-11-27' }, { role: 'applicant', index: 0 }, undefined, '2026-11-25')).toThrow('晚于本通知的日期');
  });

  it('refuses a case without a hearing', () => {
    expect(() => buildHearingNotice({ ...caseParsed, hearing: null }, { role: 'applicant', index: 0 })).toThrow('尚未确定开庭日期');
  });
});

describe('送达回证', () => {
  const receipt = buildServiceReceipt(receiptParsed);

  it('is a form with the fields of DOMAIN.md §2.1, the recipient’s boxes left blank', () => {
    expectValid(receipt);
    expect(receipt).toMatchObject({ kind: 'serviceReceipt', layout: 'form', title: '送达回证', organ: '日喀则市劳动人事争议仲裁委员会', number: null });
    expect(field(receipt, '案号')).toBe('日劳人仲案字〔2026〕第12号');
    expect(field(receipt, '案由')).toBe('劳动报酬争议');
    expect(field(receipt, '受送达人')).toBe('日喀则市雪域建筑工程有限公司');
    expect(field(receipt, '送达地址')).toBe('日喀则市桑珠孜区山东大道北段88号');
    expect(field(receipt, '送达文件')).toBe('仲裁申请书副本、应诉通知书、举证通知书、开庭通知书');
    expect(field(receipt, '送达方式')).toBe('直接送达');
    expect(field(receipt, '签发人')).toBe('王芳');
    expect(field(receipt, '送达人')).toBe('央金');
    expect(field(receipt, '受送达人签名或盖章')).toBe('');
    expect(field(receipt, '收到日期')).toMatch(/^\s*年\s*月\s*日\s*时$/);
    expect(field(receipt, '代收人及代收理由')).toBe('');
    expect(field(receipt, '备注')).toBe('');
  });

  it.each(Object.entries(SERVICE_METHOD_LABEL))('writes the method %s as %s', (method, label) => {
    expect(field(buildServiceReceipt({ ...receiptParsed, method: method as ServiceReceipt['method'] }), '送达方式')).toBe(label);
  });
});

describe('仲裁裁决书', () => {
  const awards = buildAwards(caseParsed);
  const [finalAward, nonFinalAward] = awards;
  const f = textOf(finalAward);
  const n = textOf(nonFinalAward);

  it('a partly final award gives two documents: the final one first (办案规则 Art. 50)', () => {
    expect(awards).toHaveLength(2);
    awards.forEach(expectValid);
    expect(finalAward.number).toBe('日劳人仲案字〔2026〕第12号');
    expect(nonFinalAward.number).toBe('日劳人仲案字〔2026〕第12号-2');
    expect(f).toContain('本案中属于非终局裁决的事项，本委另行制作裁决书（日劳人仲案字〔2026〕第12号-2）');
    expect(n).toContain('本案中属于终局裁决的事项，本委另行制作裁决书（日劳人仲案字〔2026〕第12号）');
  });

  it('the final award says so, with the routes and periods of Arts. 48–49 in Chinese numerals', () => {
    expect(f).toContain('本裁决为终局裁决，裁决书自作出之日起发生法律效力。');
    expect(f).toContain('自收到仲裁裁决书之日起十五日内向人民法院提起诉讼');
    expect(f).toContain('自收到仲裁裁决书之日起三十日内向本委所在地的日喀则市中级人民法院申请撤销裁决');
    expect(f).not.toContain('本裁决为非终局裁决');
  });

  it('the non-final award says so, with the route and period of Art. 50', () => {
    expect(n).toContain('本裁决为非终局裁决。');
    expect(n).toContain('当事人对本裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，裁决书发生法律效力。');
    expect(n).not.toContain('三十日');
    expect(n).not.toContain('本裁决为终局裁决');
  });

  it('each award carries its own items, amounts in 人民币…元, and the rejection goes to the non-final one', () => {
    expect(f).toContain('一、被申请人支付申请人2026年8月至10月工资人民币12,800元；');
    expect(f).toContain('二、被申请人支付申请人解除劳动合同的经济补偿金人民币6,400元；');
    expect(f).toContain('三、被申请人为申请人办理2025年11月至2026年10月的社会保险登记并依法缴纳社会保险费。');
    expect(f).toContain('上述第一、二项款项，被申请人应当自本裁决书生效之日起十日内支付。');
    expect(f).not.toContain('26,000元；');
    expect(f).not.toContain('驳回');
    expect(n).toContain('一、被申请人支付申请人2025年11月至2026年10月延长工作时间的加班费人民币26,000元；');
    expect(n).toContain('二、驳回申请人的其他仲裁请求。');
    expect(n).not.toContain('人民币12,800元');
  });

  it('has the parts of Art. 46: parties, procedure, claims, facts, reasons, result', () => {
    for (const text of [f, n]) {
      expect(text).toContain('申请人：扎西，男，藏族，1985年3月12日出生，公民身份号码540202198503120019，住西藏自治区日喀则市桑珠孜区城南街道德勒社区3组。');
      expect(text).toContain('被申请人：日喀则市雪域建筑工程有限公司，统一社会信用代码91540202MA6T1X2K63，住所日喀则市桑珠孜区山东大道北段88号。');
      expect(text).toContain('法定代表人：陈建华，总经理。');
      expect(text).toContain('本委于2026年11月25日受理后，依法由首席仲裁员王芳、仲裁员李明、次旦组成仲裁庭');
      expect(text).toContain('仲裁庭于2026年12月18日在第一仲裁庭开庭审理了本案');
      expect(text).toContain('申请人请求：');
      expect(text).toContain('3.请求裁决被申请人支付申请人2025年11月至2026年10月延长工作时间的加班费30,000元；');
      expect(text).toContain('5.请求裁决被申请人向申请人赔礼道歉。');
      expect(text).toContain('经审理查明：');
      expect(text).toContain(caseParsed.facts[0]);
      expect(text).toContain('本委认为：');
      expect(text).toContain(caseParsed.reasons[2]);
      expect(text).toContain('依照《中华人民共和国劳动合同法》第三十条、第三十一条、第三十八条、第四十六条、第四十七条、《中华人民共和国社会保险法》第五十八条的规定，裁决如下：');
    }
  });

  it('is signed by the tribunal and the clerk, sealed, dated in Chinese numerals', () => {
    for (const a of awards) {
      expect(a.signature).toEqual({
        lines: [
          { label: '首席仲裁员', name: '王芳' },
          { label: '仲裁员', name: '李明' },
          { label: '仲裁员', name: '次旦' },
          { label: '书记员', name: '央金', afterDate: true },
        ],
        organ: '日喀则市劳动人事争议仲裁委员会',
        date: '2026-12-29',
        dateStyle: 'chinese',
        sealed: true,
      });
    }
  });

  it('an all-final award is one document under the case number', () => {
    const [only, ...rest] = buildAwards(arbitrationCaseAllFinal);
    expect(rest).toEqual([]);
    expect(only.number).toBe('日劳人仲案字〔2026〕第12号');
    const text = textOf(only);
    expect(text).toContain('本裁决为终局裁决');
    expect(text).not.toContain('另行制作裁决书');
  });

  it('an all-non-final award is one document too', () => {
    const c: ArbitrationCase = { ...caseParsed, award: { ...caseParsed.award!, items: [caseParsed.award!.items[2]] } };
    const [only, ...rest] = buildAwards(c);
    expect(rest).toEqual([]);
    expect(textOf(only)).toContain('本裁决为非终局裁决。');
    expect(textOf(only)).toContain('二、驳回申请人的其他仲裁请求。');
  });

  it('a sole arbitrator signs as 仲裁员', () => {
    const [a] = buildAwards({ ...arbitrationCaseAllFinal, tribunal: { chief: '王芳', members: [], clerk: '央金' } });
    expect(textOf(a)).toContain('依法由仲裁员王芳独任仲裁');
    expect(a.signature?.lines).toEqual([
      { label: '仲裁员', name: '王芳' },
      { label: '书记员', name: '央金', afterDate: true },
    ]);
  });

  it('never guesses without the minimum wage, and needs an award', () => {
    expect(() => buildAwards({ ...caseParsed, monthlyMinimumWageFen: null })).toThrow(DocumentInputError);
    expect(() => buildAwards({ ...caseParsed, monthlyMinimumWageFen: null })).toThrow(/月最低工资标准/);
    expect(() => buildAwards({ ...caseParsed, monthlyMinimumWageFen: 0 })).toThrow(/月最低工资标准/);
    expect(() => buildAwards({ ...caseParsed, award: null })).toThrow('尚未录入裁决结果');
  });

  it('the split numbers are template data', () => {
    const t: DocumentTemplate = {
      ...DEFAULT_TEMPLATES.award,
      texts: { ...DEFAULT_TEMPLATES.award.texts, splitNumberFirst: '{caseNumberStem}-{part}号', splitNumberSecond: '{caseNumberStem}-{part}号' },
    };
    expect(buildAwards(caseParsed, t).map((a) => a.number)).toEqual(['日劳人仲案字〔2026〕第12-1号', '日劳人仲案字〔2026〕第12-2号']);
  });

  it('prints a Tibetan-script applicant', () => {
    expect(textOf(buildAwards(arbitrationCaseTibetan)[0])).toContain(`申请人：${TIBETAN_NAME}，男`);
  });
});

describe('templates are data', () => {
  it('every built-in template passes its own check', () => {
    for (const kind of DOCUMENT_KIND.values) {
      expect(DEFAULT_TEMPLATES[kind].kind).toBe(kind);
      expect(checkDocumentTemplate(DEFAULT_TEMPLATES[kind]), kind).toEqual([]);
    }
  });

  it('an unknown placeholder in an edited template throws, in Chinese, naming the piece', () => {
    const t: DocumentTemplate = {
      ...DEFAULT_TEMPLATES.acceptanceNotice,
      texts: { ...DEFAULT_TEMPLATES.acceptanceNotice.texts, opening: '{applicnt}：你的申请已收悉。' },
    };
    expect(() => buildAcceptanceNotice(caseParsed, 0, t)).toThrow(TemplateError);
    expect(() => buildAcceptanceNotice(caseParsed, 0, t)).toThrow(/模板“受理通知书”的“开头（受理决定）”含有无法识别的占位符\{applicnt\}。可用的占位符：.*\{applicant\}/);
  });

  it('a typo in a list item throws too', () => {
    const t: DocumentTemplate = {
      ...DEFAULT_TEMPLATES.award,
      lists: { ...DEFAULT_TEMPLATES.award.lists, applicantIdentity: ['{sex}', '{ethnicty}'] },
    };
    expect(() => buildAwards(caseParsed, t)).toThrow(/“申请人身份事项”第2项含有无法识别的占位符\{ethnicty\}/);
  });

  it('a required piece left blank throws', () => {
    const t: DocumentTemplate = { ...DEFAULT_TEMPLATES.hearingNotice, texts: { ...DEFAULT_TEMPLATES.hearingNotice.texts, noShowRespondent: ' ' } };
    expect(() => buildHearingNotice(caseParsed, { role: 'respondent', index: 0 }, t)).toThrow('“被申请人不到庭的后果”不能为空');
  });

  it('checkTemplate reports each problem with the piece and a Chinese message', () => {
    const texts = { ...DEFAULT_TEMPLATES.acceptanceNotice.texts, opening: '你于{applicationDat}提交的申请{', receipt: '' } as Record<string, string>;
    delete texts.title;
    texts.extra = '多余';
    const problems = checkTemplate('acceptanceNotice', texts, { rights: [], contact: ['电话：{phone}'] });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ piece: 'texts.title', message: '缺少必填的文字“标题”' }),
        expect.objectContaining({ piece: 'texts.opening', message: expect.stringContaining('花括号不成对') }),
        expect.objectContaining({ piece: 'texts.receipt', message: '缺少必填的文字“签收提示”' }),
        expect.objectContaining({ piece: 'texts.extra', message: '本文书不使用名为“extra”的文字' }),
        expect.objectContaining({ piece: 'lists.rights', message: '“权利义务告知事项”至少应有一项' }),
        expect.objectContaining({ piece: 'lists.contact[0]', message: expect.stringContaining('无法识别的占位符{phone}') }),
      ]),
    );
    expect(checkTemplate('acceptanceNotice', { ...DEFAULT_TEMPLATES.acceptanceNotice.texts, opening: '{applicationDat}' }, DEFAULT_TEMPLATES.acceptanceNotice.lists)).toEqual([
      { piece: 'texts.opening', label: '开头（受理决定）', message: expect.stringContaining('无法识别的占位符{applicationDat}') },
    ]);
  });

  it('a template may not change who reads the document', () => {
    const t: DocumentTemplate = { ...DEFAULT_TEMPLATES.intakeRecord, audience: ['allParties'] };
    expect(checkDocumentTemplate(t)).toEqual([expect.objectContaining({ piece: 'audience' })]);
  });

  it('literal braces are written doubled', () => {
    expect(fillTemplate('{{注}}{a}', { a: '甲' }, 'x')).toBe('{注}甲');
    expect(() => fillTemplate('a}b', {}, '某处')).toThrow('某处的花括号不成对');
  });

  it('numbering policies: a series pattern needs {n} and known placeholders', () => {
    expect(checkNumbering({ mode: 'series', series: 'notice', pattern: '{unitShort}劳人仲通字〔{year}〕{n}号' })).toEqual([]);
    expect(checkNumbering({ mode: 'series', series: 'notice', pattern: '〔{yaer}〕号' }).map((p) => p.message)).toEqual([
      expect.stringContaining('无法识别的占位符{yaer}'),
      '编号规则必须包含序号占位符{n}',
    ]);
    const none: DocumentTemplate = { ...DEFAULT_TEMPLATES.acceptanceNotice, numbering: { mode: 'none' } };
    expect(buildAcceptanceNotice(caseParsed, 0, none).number).toBeNull();
  });
});

describe('限期改正（支付）指令书 (DOMAIN.md §2.2; 监察条例 Art. 26)', () => {
  it('states the violation, its scope, the basis, the date to pay by, what follows, and is sealed on the day made', () => {
    const doc = buildOrderToPay(orderParsed);
    expectValid(doc);
    expect(doc).toMatchObject({ kind: 'orderToPay', title: '劳动保障监察限期改正（支付）指令书', addressee: '日喀则市雪域建筑劳务有限公司：', number: null, layout: 'official' });
    expect(doc.signature).toEqual({ lines: [], organ: '日喀则市人力资源和社会保障局', date: '2026-12-07', dateStyle: 'arabic', sealed: true });
    const text = textOf(doc);
    expect(text).toContain('经查，你单位未按月足额支付顿珠等十五名农民工2026年8月至10月的工资，涉及劳动者15人，应付劳动报酬共计人民币128,000.50元。');
    expect(text).toContain('根据《劳动保障监察条例》第二十六条的规定，责令你单位于2026年12月17日前向上述劳动者本人足额支付劳动报酬人民币128,000.50元。');
    expect(text).toContain('百分之五十以上百分之一百以下');
    expect(text).toContain('《中华人民共和国刑法》第二百七十六条之一');
    // Not a 行政处罚 and not litigable (DOMAIN.md §2.2): no rights notice.
    expect(text).not.toContain('行政复议');
  });

  it('refuses a deadline not after the day it is made, and a template that drops the date or the amount', () => {
    expect(() => buildOrderToPay({ ...orderParsed, deadline: '2026-12-07' })).toThrow('限期支付日期 2026-12-07 应当晚于指令书作出日期 2026-12-07');
    const texts = { ...DEFAULT_TEMPLATES.orderToPay.texts, order: '责令你单位限期支付。' };
    expect(checkTemplate('orderToPay', texts).map((p) => p.piece)).toContain('texts.order');
  });
});

describe('仲裁庭组成通知书 (调解仲裁法 Arts. 31–33)', () => {
  it('names the case, its acceptance, the panel with its presiding arbitrator or the sole arbitrator, the clerk, and the right to ask for recusal', () => {
    const doc = buildTribunalNotice(tribunalNoticeSample);
    expectValid(doc);
    expect(doc).toMatchObject({ kind: 'tribunalNotice', title: '仲裁庭组成通知书', number: '日喀则市劳人仲案字〔2026〕第12号', addressee: '扎西、日喀则市华建建筑工程有限公司：' });
    expect(doc.signature).toMatchObject({ organ: '日喀则市劳动人事争议仲裁委员会', date: '2026-11-26', sealed: true });
    const text = textOf(doc);
    expect(text).toContain('本委已于2026年11月25日受理');
    expect(text).toContain('第三十一条、第三十二条');
    expect(text).toContain('本案由仲裁员王芳担任首席仲裁员，仲裁员李明、罗布组成合议仲裁庭审理，书记员央金担任记录。');
    expect(text).toContain('第三十三条规定的应当回避情形');
    expect(text).toContain('庭审辩论终结前');
    expect(textOf(buildTribunalNotice({ ...tribunalNoticeSample, form: 'sole', arbitrators: ['王芳'] }))).toContain('由仲裁员王芳独任审理，书记员央金担任记录');
  });

  it('refuses an incomplete panel, a sole tribunal of two, and a date before 组庭', () => {
    expect(() => buildTribunalNotice({ ...tribunalNoticeSample, arbitrators: ['王芳', '李明'] })).toThrow('合议仲裁庭应由三名仲裁员组成');
    expect(() => buildTribunalNotice({ ...tribunalNoticeSample, form: 'sole' })).toThrow('独任仲裁只由一名仲裁员审理');
    expect(() => buildTribunalNotice({ ...tribunalNoticeSample, date: '2026-11-24' })).toThrow('通知日期 2026-11-24 早于组庭日期 2026-11-25');
  });
});

describe('延期开庭通知书 (调解仲裁法 Arts. 35–36)', () => {
  it('names the case, the hearing postponed, who asked and why, the new day, time and room, and the recipient’s own consequence of absence', () => {
    const doc = buildPostponementNotice(postponementSample);
    expectValid(doc);
    expect(doc).toMatchObject({ kind: 'postponementNotice', title: '延期开庭通知书', number: '日喀则市劳人仲案字〔2026〕第12号', addressee: '扎西：' });
    expect(doc.signature).toMatchObject({ organ: '日喀则市劳动人事争议仲裁委员会', date: '2026-11-26', sealed: true });
    const text = textOf(doc);
    expect(text).toContain('申请人扎西与被申请人日喀则市华建建筑工程有限公司劳动争议一案，本委原定于2026年12月15日上午9时30分开庭审理。');
    expect(text).toContain('被申请人日喀则市华建建筑工程有限公司于2026年11月25日以“法定代表人住院治疗”为由申请延期开庭。本委经审查，决定延期开庭（《中华人民共和国劳动争议调解仲裁法》第三十五条）。');
    expect(text).toContain('本案改定于2026年12月22日下午2时30分在本委第二仲裁庭开庭审理，请你准时到庭。');
    expect(text).toContain('可以视为撤回仲裁申请（《中华人民共和国劳动争议调解仲裁法》第三十六条第一款）');
    expect(text).not.toContain('缺席裁决');
    const employer = textOf(buildPostponementNotice({ ...postponementSample, recipient: { role: 'respondent', name: '日喀则市华建建筑工程有限公司' } }));
    expect(employer).toContain('请你单位准时到庭');
    expect(employer).toContain('仲裁庭可以缺席裁决（《中华人民共和国劳动争议调解仲裁法》第三十六条第二款）');
    expect(employer).not.toContain('视为撤回');
    const own = textOf(buildPostponementNotice({ ...postponementSample, requestedBy: 'tribunal', requestedOn: null, reason: '首席仲裁员另有公务' }));
    expect(own).toContain('因首席仲裁员另有公务，本委决定延期开庭');
    expect(own).not.toContain('申请延期开庭');
  });

  it('refuses a postponement without its reason, a party’s request without its day, and a new hearing already past', () => {
    expect(() => buildPostponementNotice({ ...postponementSample, reason: '  ' })).toThrow('未登记延期开庭的理由');
    expect(() => buildPostponementNotice({ ...postponementSample, requestedOn: null })).toThrow('未登记当事人申请延期的日期');
    expect(() => buildPostponementNotice({ ...postponementSample, date: '2026-12-23' })).toThrow('新的开庭日期 2026-12-22 已过');
  });
});

const postponementSample: PostponementNoticeData = {
  committee: '日喀则市劳动人事争议仲裁委员会',
  caseNumber: '日喀则市劳人仲案字〔2026〕第12号',
  applicants: ['扎西'],
  respondents: ['日喀则市华建建筑工程有限公司'],
  recipient: { role: 'applicant', name: '扎西' },
  original: { date: '2026-12-15', time: '09:30' },
  requestedBy: 'respondent',
  requestedOn: '2026-11-25',
  reason: '法定代表人住院治疗',
  next: { date: '2026-12-22', time: '14:30', room: '第二仲裁庭', address: '本委' },
  date: '2026-11-26',
};

// ---------------------------------------------------------------------------------------------------------------
// Issue #5: a reporter's identity reaches only internal documents (监察条例 Art. 9). Every kind must have a case
// here: the mapped type makes a new DOCUMENT_KIND without one a type error, and the loop checks it at run time.

const tribunalNoticeSample: TribunalNoticeData = {
  committee: '日喀则市劳动人事争议仲裁委员会',
  caseNumber: '日喀则市劳人仲案字〔2026〕第12号',
  applicants: ['扎西'],
  respondents: ['日喀则市华建建筑工程有限公司'],
  acceptedDate: '2026-11-25',
  composedOn: '2026-11-25',
  form: 'panel',
  arbitrators: ['王芳', '李明', '罗布'],
  clerk: '央金',
  date: '2026-11-26',
};

const mediationPaperSample: MediationPaperData = {
  committee: '日喀则市劳动人事争议仲裁委员会',
  caseNumber: '日喀则市劳人仲案字〔2026〕第12号',
  cause: '劳动报酬',
  applicants: [{ name: '扎西', sex: 'M', birthDate: '1990-05-01', idNumber: '540202199005010013', address: '日喀则市桑珠孜区德勒路5号' }],
  respondents: [{ name: '日喀则市华建建筑工程有限公司', address: '日喀则市桑珠孜区上海中路1号', legalRep: { name: '王建国', title: '总经理' } }],
  applicationDate: '2026-11-24',
  acceptedDate: '2026-11-25',
  tribunal: { chief: '王芳', members: [], clerk: '央金' },
  claims: [{ text: '请求裁决被申请人支付2026年7月至10月工资', amountFen: 2_000_000 }],
  facts: ['申请人于2025年3月入职被申请人处从事钢筋工。'],
  claimant: '扎西',
  items: [{ label: '劳动报酬', amountFen: 1_800_000 }],
  payBy: '2026-12-20',
  payMethod: '银行转账至申请人本人账户',
  otherTerms: [],
  date: '2026-12-05',
};

describe('仲裁调解书 (调解仲裁法 Art. 42)', () => {
  it('says it takes effect on the parties’ signature, signed by the sole arbitrator and the clerk', () => {
    const m = buildMediationPaper(mediationPaperSample);
    const text = JSON.stringify(m.body);
    expect(text).toContain('本委依法指定仲裁员王芳独任审理，书记员央金担任记录。');
    expect(text).toContain('一、被申请人支付申请人扎西劳动报酬18,000元；');
    expect(text).toContain('二、上述款项合计18,000元，由被申请人于2026年12月20日前以银行转账至申请人本人账户的方式一次性支付给申请人。');
    expect(text).toContain('本调解书经双方当事人签收后，即发生法律效力');
    expect(m.signature).toMatchObject({ lines: [{ label: '仲裁员', name: '王芳' }, { label: '书记员', name: '央金', afterDate: true }], sealed: true, date: '2026-12-05' });
  });

  it('refuses an agreement with nothing to pay, a tribunal without its clerk, or a payment day before the paper', () => {
    expect(() => buildMediationPaper({ ...mediationPaperSample, items: [] })).toThrow('调解协议没有确定支付的款项');
    expect(() => buildMediationPaper({ ...mediationPaperSample, tribunal: { chief: '王芳', members: [], clerk: '' } })).toThrow('仲裁庭的组成不完整');
    expect(() => buildMediationPaper({ ...mediationPaperSample, payBy: '2026-12-04' })).toThrow('最迟支付日期 2026-12-04 早于调解书制作日期 2026-12-05');
  });
});

const fileCoverSample: FileCoverData = {
  kind: 'arbitration',
  organ: '日喀则市劳动人事争议仲裁委员会',
  caseNumber: '日喀则市劳人仲案字〔2026〕第12号',
  cause: '劳动报酬',
  applicants: ['扎西'],
  respondents: ['日喀则市华建建筑工程有限公司'],
  acceptedOn: '2026-11-25',
  closedOn: '2026-12-06',
  closeMethod: '调解',
  retentionYears: 5,
  pages: null,
  date: '2026-12-07',
};
const fileIndexSample = {
  organ: '日喀则市劳动人事争议仲裁委员会',
  caseNumber: '日喀则市劳人仲案字〔2026〕第12号',
  entries: [
    { number: null, title: '收件回执', date: '2026-11-24', pages: 1 },
    { number: '日喀则市劳人仲案字〔2026〕第12号', title: '仲裁调解书', date: '2026-12-05', pages: 3 },
  ],
  date: '2026-12-07',
};

describe('案卷封面 and 卷内目录', () => {
  it('leaves the cover’s pages blank when unknown, and numbers each paper’s pages on from the last', () => {
    expect(JSON.stringify(buildFileCover(fileCoverSample).body)).toContain('本卷共　　　　页');
    expect(JSON.stringify(buildFileCover({ ...fileCoverSample, pages: 14 }).body)).toContain('本卷共14页');
    const index = JSON.stringify(buildFileIndex(fileIndexSample).body);
    expect(index).toContain('"2-4"');
    expect(index).toContain('以上共2份文书，4页。');
    // A count that cannot be read: no page numbers from there on, and no total.
    const unknown = JSON.stringify(buildFileIndex({ ...fileIndexSample, entries: [{ ...fileIndexSample.entries[0]!, pages: null }, fileIndexSample.entries[1]!] }).body);
    expect(unknown).not.toContain('"2-4"');
    expect(unknown).toContain('以上共2份文书，　　页。');
  });

  it('refuses a cover without a retention period and an index of an empty file', () => {
    expect(() => buildFileCover({ ...fileCoverSample, retentionYears: 0 })).toThrow('未设置案卷的保管期限');
    expect(() => buildFileIndex({ ...fileIndexSample, entries: [] })).toThrow('本案卷还没有制作任何文书');
  });
});

const MARKER = '举报人标记甲乙丙丁9f3c';

const BUILD_EVERY_KIND: { [K in DocumentKind]: () => DocumentModel[] } = {
  intakeRecord: () => [buildIntakeRecord(reportIntake(MARKER)), buildIntakeRecord(complaintIntake)],
  acceptanceNotice: () => caseParsed.applicants.map((_, i) => buildAcceptanceNotice(caseParsed, i)),
  hearingNotice: () => [
    ...caseParsed.applicants.map((_, index) => buildHearingNotice(caseParsed, { role: 'applicant', index })),
    ...caseParsed.respondents.map((_, index) => buildHearingNotice(caseParsed, { role: 'respondent', index })),
  ],
  serviceReceipt: () => {
    // Also a receipt served on the reported employer in the inspection the report opened.
    const report = reportIntake(MARKER);
    const employer = report.parties[0].party;
    return [
      buildServiceReceipt(receiptParsed),
      buildServiceReceipt({ ...receiptParsed, caseNumber: report.regNoText, cause: '拖欠农民工工资', organ: report.unit.name, recipient: employer.name, address: employer.address, documents: ['劳动保障监察询问通知书'] }),
    ];
  },
  award: () => buildAwards(caseParsed),
  orderToPay: () => [buildOrderToPay(orderParsed)],
  inquiryNotice: () => [buildInquiryNotice(inquiryNoticeSample)],
  inquiryRecord: () => [buildInquiryRecord(inquiryRecordSample)],
  priorNotice: () => [buildPriorNotice(priorNoticeSample), buildPriorNotice({ ...priorNoticeSample, intended: 'handling', hearing: null })],
  handlingDecision: () => [buildHandlingDecision(handlingDecisionSample)],
  penaltyDecision: () => [buildPenaltyDecision(penaltyDecisionSample)],
  demandNotice: () => [buildDemandNotice(demandNoticeSample)],
  siteInspectionRecord: () => [buildSiteInspectionRecord(siteInspectionRecordSample)],
  evidenceRequestNotice: () => [buildEvidenceRequest(evidenceRequestSample)],
  suspensionDecision: () => [buildSuspensionDecision(suspensionSample)],
  resumptionNotice: () => [buildResumptionNotice(resumptionSample)],
  extensionNotice: () => [buildExtensionNotice(extensionSample)],
  provisionalExecutionRuling: () => [buildProvisionalRuling(provisionalSample), buildProvisionalRuling({ ...provisionalSample, granted: false, amountFen: 0, court: null })],
  complaintAcceptanceNotice: () => [buildComplaintAcceptanceNotice(complaintAcceptanceSample)],
  complaintRejectionNotice: () => [buildComplaintRejectionNotice(complaintRejectionSample)],
  penaltyHearingNotice: () => [buildPenaltyHearingNotice(hearingNoticeSample)],
  filingApproval: () => [buildFilingApproval(filingApprovalSample)],
  closingApproval: () => [buildClosingApproval(closingApprovalSample)],
  revocationApproval: () => [buildRevocationApproval(revocationApprovalSample)],
  mediationAgreement: () => [buildMediationAgreement(mediationAgreementSample)],
  referralLetter: () => [buildReferralLetter(referralLetterSample)],
  blacklistDecision: () => [buildBlacklistDecision(blacklistDecisionSample)],
  delistingDecision: () => [buildDelistingDecision(delistingExpirySample), buildDelistingDecision(delistingEarlySample)],
  enforcementApplication: () => [buildEnforcementApplication(enforcementApplicationSample)],
  paymentOrderApplication: () => [buildPaymentOrderApplication(paymentOrderSample)],
  tribunalNotice: () => [buildTribunalNotice(tribunalNoticeSample), buildTribunalNotice({ ...tribunalNoticeSample, form: 'sole', arbitrators: ['王芳'] })],
  postponementNotice: () => [buildPostponementNotice(postponementSample), buildPostponementNotice({ ...postponementSample, recipient: { role: 'respondent', name: '日喀则市华建建筑工程有限公司' } })],
  applicationReceipt: () => [buildApplicationReceipt(applicationPaperSample)],
  supplementNotice: () => [buildSupplementNotice(applicationPaperSample)],
  rejectionNotice: () => [buildRejectionNotice(applicationPaperSample)],
  recusalDecision: () => [buildRecusalDecision(recusalGrantedSample), buildRecusalDecision(recusalRefusedSample)],
  respondentNotice: () => [buildRespondentNotice(respondentNoticeSample), buildRespondentNotice({ ...respondentNoticeSample, tribunal: null, evidenceDeadline: null })],
  evidenceNotice: () => [buildEvidenceNotice(evidenceNoticeSample), buildEvidenceNotice({ ...evidenceNoticeSample, recipient: { name: '扎西', side: 'applicant', organisation: false } })],
  hearingTranscript: () => [buildHearingTranscript(hearingTranscriptSample)],
  evidenceCatalogue: () => [buildEvidenceCatalogue(evidenceCatalogueSample)],
  mediationPaper: () => [buildMediationPaper(mediationPaperSample)],
  fileCover: () => [buildFileCover(fileCoverSample)],
  fileIndex: () => [buildFileIndex(fileIndexSample)],
};

describe('a reporter’s name appears only in internal documents (监察条例 Art. 9; issue #5)', () => {
  it.each(DOCUMENT_KIND.values)('%s', (kind) => {
    const build = BUILD_EVERY_KIND[kind];
    expect(build, `no case for document kind ${kind}`).toBeTypeOf('function');
    const audience = DEFAULT_TEMPLATES[kind].audience;
    const docs = build();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(doc.kind).toBe(kind);
      expectValid(doc);
      const named = textOf(doc).includes(MARKER);
      if (audience.some((a) => a !== 'internal')) expect(named, `${kind} (audience ${audience.join(', ')}) must not name the reporter`).toBe(false);
    }
    if (kind === 'intakeRecord') expect(textOf(docs[0])).toContain(MARKER);
  });

  it('no audience that includes the respondent or the employer is internal', () => {
    for (const kind of DOCUMENT_KIND.values) {
      const audience = DEFAULT_TEMPLATES[kind].audience;
      if (audience.includes('respondent') || audience.includes('allParties') || audience.includes('recipient')) expect(audience).not.toContain('internal');
    }
  });
});

describe('numbers in a form’s cells print whole (issue #9 item 11)', () => {
  it.each(DOCUMENT_KIND.values)('%s', (kind) => {
    for (const doc of BUILD_EVERY_KIND[kind]()) {
      for (const block of doc.body) {
        if (block.type !== 'table') continue;
        for (const cell of block.rows.flatMap((r) => r.cells)) {
          for (const r of cell.runs) {
            // An ID number or a phone (seven digits and more, as the fixtures hold) is a run of its own that never breaks.
            if (/\d{7,}/.test(r.text)) expect(r.nowrap, `${kind}: “${r.text}” may break across lines`).toBe(true);
          }
        }
      }
    }
  });
});
