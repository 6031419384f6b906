// Building a document's content model from its request: one builder per document kind, registered in a table that
// must name every kind (a new kind without its builder does not compile), each with the data it reads and the
// rules that guard it. The builders themselves are pure (shared/domain/documents); what is here fetches what they
// need — the stored intake, the bureau's template, the calendar, the parameters — and masks a preview.
import type { z } from 'zod';
import type { ArbitrationCaseInput, DocumentModel, documentRequest } from '../../../shared/contract/documents';
import { buildAcceptanceNotice } from '../../../shared/domain/documents/acceptance-notice';
import { buildAwards } from '../../../shared/domain/documents/award';
import { buildApplicationReceipt, buildRejectionNotice, buildSupplementNotice } from '../../../shared/domain/documents/arbitration-application-papers';
import { buildHearingNotice } from '../../../shared/domain/documents/hearing-notice';
import { buildDemandNotice, buildHandlingDecision, buildPenaltyDecision, buildPriorNotice } from '../../../shared/domain/documents/inspection-papers';
import {
  buildClosingApproval,
  buildComplaintAcceptanceNotice,
  buildComplaintRejectionNotice,
  buildFilingApproval,
  buildPenaltyHearingNotice,
  buildRevocationApproval,
} from '../../../shared/domain/documents/inspection-approvals';
import { buildInquiryNotice } from '../../../shared/domain/documents/inquiry-notice';
import { buildInquiryRecord } from '../../../shared/domain/documents/inquiry-record';
import { buildIntakeRecord } from '../../../shared/domain/documents/intake-record';
import { buildOrderToPay } from '../../../shared/domain/documents/order-to-pay';
import { buildEvidenceRequest } from '../../../shared/domain/documents/evidence-request';
import { buildSiteInspectionRecord } from '../../../shared/domain/documents/site-inspection-record';
import { buildServiceReceipt } from '../../../shared/domain/documents/service-receipt';
import { buildMediationAgreement } from '../../../shared/domain/documents/mediation-agreement-paper';
import { buildReferralLetter } from '../../../shared/domain/documents/referral-letter';
import { buildBlacklistDecision, buildDelistingDecision } from '../../../shared/domain/documents/blacklist-decisions';
import { buildEnforcementApplication } from '../../../shared/domain/documents/enforcement-application';
import { buildTribunalNotice } from '../../../shared/domain/documents/tribunal-notice';
import { buildPostponementNotice } from '../../../shared/domain/documents/postponement-notice';
import { buildMediationPaper } from '../../../shared/domain/documents/mediation-paper';
import { buildFileCover, buildFileIndex } from '../../../shared/domain/documents/case-file-papers';
import { DocumentInputError, TemplateError, type DocumentTemplate } from '../../../shared/domain/documents/template-engine';
import { DEFAULT_SERVICE_ALLOWANCE_DAYS } from '../../../shared/domain/hearing-date';
import { dateKeyOf } from '../../../shared/domain/time';
import type { DocumentKind } from '../../../shared/domain/vocabulary';
import type { CallContext, CoreServices } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { hearingNoticeSource, postponementNoticeData, tribunalNoticeData } from '../hearings/hearing-papers';
import { getIntakeDetail } from '../intakes/intakes.service';
import { inquiryNoticeData, inquiryRecordData } from '../investigation/investigation-documents';
import { demandNoticeData, handlingDecisionData, penaltyDecisionData, priorNoticeData } from '../proceedings/inspection-papers';
import { extensionNoticeData, provisionalRulingData, resumptionNoticeData, suspensionDecisionData } from '../proceedings/arbitration-papers';
import { buildExtensionNotice, buildProvisionalRuling, buildResumptionNotice, buildSuspensionDecision } from '../../../shared/domain/documents/arbitration-change-papers';
import { closingApprovalData, complaintAcceptanceData, complaintRejectionData, filingApprovalData, penaltyHearingNoticeData, revocationApprovalData } from '../proceedings/inspection-approvals';
import { siteInspectionRecordData } from '../investigation/site-inspection-documents';
import { hearingTranscriptData } from '../hearings/hearing-transcript-paper';
import { evidenceCatalogueData } from '../arbitration/arbitration-evidence-paper';
import { buildHearingTranscript } from '../../../shared/domain/documents/hearing-transcript';
import { buildEvidenceCatalogue } from '../../../shared/domain/documents/evidence-catalogue';
import { evidenceRequestData } from '../investigation/evidence-request-documents';
import { mediationAgreementData } from '../mediation/mediation-papers';
import { blacklistDecisionData, delistingDecisionData, referralLetterData } from '../referrals/referral-papers';
import { enforcementApplicationData } from '../proceedings/enforcement-papers';
import { paymentOrderApplicationData } from '../mediation/payment-order-papers';
import { buildPaymentOrderApplication } from '../../../shared/domain/documents/payment-order-application';
import { applicationPaperData, storedAcceptanceCase } from '../arbitration/arbitration-papers';
import { storedAwardCase } from '../arbitration/award-paper';
import { evidenceNoticeData, recusalDecisionData, respondentNoticeData } from '../arbitration/notice-papers';
import { buildEvidenceNotice, buildRecusalDecision, buildRespondentNotice } from '../../../shared/domain/documents/arbitration-notices';
import { mediationPaperData } from '../arbitration/mediation-paper';
import { fileCoverData, fileIndexData } from '../archive/case-file-papers';
import { parameterLookup } from '../reference/parameters.service';
import { getUnitSummary } from '../reference/units.service';
import { maskArbitrationCase, shapeIntakeDetail } from '../personal/masking';
import { callerCan } from '../session/session.service';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { templateFor } from './templates.service';

export type Request = z.output<typeof documentRequest>;
type RequestOf<K extends DocumentKind> = Extract<Request, { kind: K }>;

export interface Built {
  kind: DocumentKind;
  models: DocumentModel[];
  intakeId: string | null;
  caseFileId: string | null;
  template: DocumentTemplate;
  /** For the series pattern's {unitShort}. */
  unitShort: string;
}

export interface BuildOptions {
  /** A new version of an issued document: the one-per-intake rule does not refuse it. */
  regenerating?: boolean;
  /** A preview without a reason: the personal numbers are masked before building, as the lists show them. */
  masked?: boolean;
}

interface BuildContext {
  call: CallContext;
  opts: BuildOptions;
  template: DocumentTemplate;
  unit: { name: string; shortName: string };
}

/** What a builder gives back: the models and the intake and case file they belong to. */
type Made = Pick<Built, 'models' | 'intakeId' | 'caseFileId'>;
type Builder<K extends DocumentKind> = (ctx: BuildContext, request: RequestOf<K>) => Made;

/** The monthly minimum wage in force on the award date, from the parameters, when the request does not carry one. */
function withMinimumWage(core: CoreServices, c: ArbitrationCaseInput): ArbitrationCaseInput {
  if (c.monthlyMinimumWageFen != null || !c.award) return c;
  const yuan = parameterLookup(core, c.award.date)('wage.monthlyMinimum');
  if (typeof yuan !== 'number') throw new ServiceError('VALIDATION', '未设置当地月最低工资标准，无法判断裁决是否终局；请在“设置 → 参数”中录入', { 'case.monthlyMinimumWageFen': '未设置月最低工资标准' });
  return { ...c, monthlyMinimumWageFen: yuan * 100 };
}

/** An arbitration request's case, with the applicants' numbers masked for a preview without a reason. */
function caseOf<C extends ArbitrationCaseInput>(c: C, opts: BuildOptions): C {
  return opts.masked ? maskArbitrationCase(c) : c;
}

const unfiled = (models: DocumentModel[]): Made => ({ models, intakeId: null, caseFileId: null });

/** Every document kind's builder; the mapped type makes a kind without one a compile error. */
const BUILDERS: { [K in DocumentKind]: Builder<K> } = {
  intakeRecord: ({ call, opts, template, unit }, request) => {
    const core = call.core;
    const stored = getIntakeDetail(core, request.intakeId);
    const detail = opts.masked ? shapeIntakeDetail(stored, { reporterRead: true }) : stored;
    // The internal record names a reporter: only those who may know reporters may make it.
    if (detail.kind === 'report' && !callerCan(call, 'reporter.read')) {
      throw new ServiceError('FORBIDDEN', '举报人身份依法保密，您的角色没有“查看举报人身份”的权限，不能制作举报登记表');
    }
    // One valid record per intake: a second would be a second paper for the same registration.
    const existing = core.prepare("SELECT number FROM documents WHERE intake_id = ? AND kind = 'intakeRecord' AND status = 'issued'").get(detail.id) as { number: string | null } | undefined;
    if (existing && !opts.regenerating) {
      throw new ServiceError('CONFLICT', `登记 ${detail.regNoText} 已有有效的登记表；内容有变化的请“重新生成”，有误的请先作废`);
    }
    const leader = core.prepare('SELECT s.name FROM case_files c JOIN staff s ON s.id = c.leader_staff_id WHERE c.id = ?').get(detail.caseFileId) as { name: string } | undefined;
    const model = buildIntakeRecord(detail, { unitName: unit.name, leaderName: leader?.name ?? null }, template);
    return { models: [model], intakeId: detail.id, caseFileId: detail.caseFileId };
  },
  // A stored case's notice comes from the store, one per applicant; the JSON case is the fixtures' and demo samples' path.
  acceptanceNotice: ({ call, opts, template }, request) => {
    if (request.proceedingId !== undefined) {
      const { c, tribunalLater, caseFileId } = storedAcceptanceCase(call, request.proceedingId, request.evidenceDeadline ?? null, opts.regenerating);
      return { models: c.applicants.map((_, i) => buildAcceptanceNotice(opts.masked ? maskArbitrationCase(c) : c, i, template, { tribunalLater })), intakeId: null, caseFileId };
    }
    if (!request.case) throw new ServiceError('VALIDATION', '请指定要制作受理通知书的仲裁案件');
    return unfiled([buildAcceptanceNotice(caseOf(request.case, opts), request.applicantIndex ?? 0, template)]);
  },
  hearingNotice: ({ call, opts, template }, request) => {
    // The notice is dated today; its hearing date is checked on the bureau's calendar and deadline settings.
    const core = call.core;
    const today = dateKeyOf(core.clock.now());
    const allowance = parameterLookup(core, today)('hearingNotice.serviceAllowanceDays');
    const ctx = { calendar: loadCalendar(core), settings: deadlineSettings(core), serviceAllowanceDays: typeof allowance === 'number' ? allowance : DEFAULT_SERVICE_ALLOWANCE_DAYS };
    if (request.source === 'hearing') {
      // From the stored hearing, to one of its parties: filed in its case (the services are recorded there).
      const src = hearingNoticeSource(call, request.hearingId, request.recipientId, opts.regenerating);
      return { models: [buildHearingNotice(src.case, src.recipient, template, today, ctx, src.shortNoticeAgreed)], intakeId: null, caseFileId: src.caseFileId };
    }
    return unfiled([buildHearingNotice(caseOf(request.case, opts), request.recipient, template, today, ctx)]);
  },
  serviceReceipt: ({ template }, request) => unfiled([buildServiceReceipt(request.receipt, template)]),
  // A stored case's award follows the 登记裁决 step (its items and stored verdicts); the JSON case is the fixtures' path.
  award: ({ call, opts, template }, request) => {
    if (request.proceedingId !== undefined) {
      const { c, storedFinal, caseFileId } = storedAwardCase(call, request.proceedingId, opts.regenerating);
      return { models: buildAwards(opts.masked ? maskArbitrationCase(c) : c, template, storedFinal), intakeId: null, caseFileId };
    }
    if (!request.case) throw new ServiceError('VALIDATION', '请指定要制作仲裁裁决书的仲裁案件');
    return unfiled(buildAwards(caseOf(withMinimumWage(call.core, request.case) as typeof request.case, opts), template));
  },
  // The order carries no personal number: nothing to mask in a preview.
  orderToPay: ({ template }, request) => unfiled([buildOrderToPay(request.order, template)]),
  inquiryNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId, issued } = inquiryNoticeData(call, request.noticeId);
    // One valid paper per notice: a second would summon the same person twice under two numbers.
    if (issued && !opts.regenerating) throw new ServiceError('CONFLICT', `该询问通知书已制作（${issued}）；内容有误的，请先作废该文书再重新制作`);
    return { models: [buildInquiryNotice(data, template)], intakeId: null, caseFileId };
  },
  inquiryRecord: ({ call, template }, request) => {
    const { data, caseFileId } = inquiryRecordData(call, request.recordId);
    return { models: [buildInquiryRecord(data, template)], intakeId: null, caseFileId };
  },
  // The decision papers are read from the proceeding's applied steps; one valid paper each (a new version regenerates).
  priorNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = priorNoticeData(call, request.proceedingId, opts.regenerating);
    return { models: [buildPriorNotice(data, template)], intakeId: null, caseFileId };
  },
  handlingDecision: ({ call, opts, template }, request) => {
    const { data, caseFileId } = handlingDecisionData(call, request.proceedingId, opts.regenerating);
    return { models: [buildHandlingDecision(data, template)], intakeId: null, caseFileId };
  },
  penaltyDecision: ({ call, opts, template }, request) => {
    const { data, caseFileId } = penaltyDecisionData(call, request.proceedingId, opts.regenerating);
    return { models: [buildPenaltyDecision(data, template)], intakeId: null, caseFileId };
  },
  demandNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = demandNoticeData(call, request.proceedingId, opts.regenerating);
    return { models: [buildDemandNotice(data, template)], intakeId: null, caseFileId };
  },
  // 中止, 恢复, 延长审理期限 and 先予执行 papers, from the arbitration's applied steps (the latest of each).
  suspensionDecision: ({ call, template }, request) => {
    const { data, caseFileId } = suspensionDecisionData(call, request.proceedingId);
    return { models: [buildSuspensionDecision(data, template)], intakeId: null, caseFileId };
  },
  resumptionNotice: ({ call, template }, request) => {
    const { data, caseFileId } = resumptionNoticeData(call, request.proceedingId);
    return { models: [buildResumptionNotice(data, template)], intakeId: null, caseFileId };
  },
  extensionNotice: ({ call, template }, request) => {
    const { data, caseFileId } = extensionNoticeData(call, request.proceedingId);
    return { models: [buildExtensionNotice(data, template)], intakeId: null, caseFileId };
  },
  provisionalExecutionRuling: ({ call, template }, request) => {
    const { data, caseFileId } = provisionalRulingData(call, request.proceedingId);
    return { models: [buildProvisionalRuling(data, template)], intakeId: null, caseFileId };
  },
  // The acceptance papers, the hearing notice and the approval forms, from the applied steps and their approvals.
  complaintAcceptanceNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = complaintAcceptanceData(call, request.proceedingId, opts.regenerating);
    return { models: [buildComplaintAcceptanceNotice(data, template)], intakeId: null, caseFileId };
  },
  complaintRejectionNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = complaintRejectionData(call, request.proceedingId, opts.regenerating);
    return { models: [buildComplaintRejectionNotice(data, template)], intakeId: null, caseFileId };
  },
  penaltyHearingNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = penaltyHearingNoticeData(call, request.proceedingId, opts.regenerating);
    return { models: [buildPenaltyHearingNotice(data, template)], intakeId: null, caseFileId };
  },
  filingApproval: ({ call, opts, template }, request) => {
    const { data, caseFileId } = filingApprovalData(call, request.proceedingId, opts.regenerating);
    return { models: [buildFilingApproval(data, template)], intakeId: null, caseFileId };
  },
  closingApproval: ({ call, opts, template }, request) => {
    const { data, caseFileId } = closingApprovalData(call, request.proceedingId, opts.regenerating);
    return { models: [buildClosingApproval(data, template)], intakeId: null, caseFileId };
  },
  revocationApproval: ({ call, opts, template }, request) => {
    const { data, caseFileId } = revocationApprovalData(call, request.proceedingId, opts.regenerating);
    return { models: [buildRevocationApproval(data, template)], intakeId: null, caseFileId };
  },
  siteInspectionRecord: ({ call, template }, request) => {
    const { data, caseFileId } = siteInspectionRecordData(call, request.inspectionId);
    return { models: [buildSiteInspectionRecord(data, template)], intakeId: null, caseFileId };
  },
  // 庭审笔录: printed again after a correction (each print its own document, as the 询问笔录's are).
  hearingTranscript: ({ call, template }, request) => {
    const { data, caseFileId } = hearingTranscriptData(call, request.recordId);
    return { models: [buildHearingTranscript(data, template)], intakeId: null, caseFileId };
  },
  // A party's 证据目录 as its items stand: printed again when items or 质证意见 are added.
  evidenceCatalogue: ({ call, template }, request) => {
    const { data, caseFileId } = evidenceCatalogueData(call, request.proceedingId, request.partyId);
    return { models: [buildEvidenceCatalogue(data, template)], intakeId: null, caseFileId };
  },
  evidenceRequestNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId, issued } = evidenceRequestData(call, request.requestId);
    // One valid paper per notice: a second would demand the same evidence twice under two numbers.
    if (issued && !opts.regenerating) throw new ServiceError('CONFLICT', `该调取证据通知书已制作（${issued}）；内容有误的，请先作废该文书再重新制作`);
    return { models: [buildEvidenceRequest(data, template)], intakeId: null, caseFileId };
  },
  // The papers of mediation, referral, listing and enforcement, from their proceedings' stored steps; one valid each.
  // The 调解协议书 prints the workers' ID numbers: a preview without a reason masks them (documents-preview.ts).
  mediationAgreement: ({ call, opts, template }, request) => {
    const { data, caseFileId } = mediationAgreementData(call, request.proceedingId, opts.regenerating);
    return { models: [buildMediationAgreement(data, template)], intakeId: null, caseFileId };
  },
  referralLetter: ({ call, opts, template }, request) => {
    const { data, caseFileId } = referralLetterData(call, request.proceedingId, opts.regenerating);
    return { models: [buildReferralLetter(data, template)], intakeId: null, caseFileId };
  },
  blacklistDecision: ({ call, opts, template }, request) => {
    const { data, caseFileId } = blacklistDecisionData(call, request.proceedingId, opts.regenerating);
    return { models: [buildBlacklistDecision(data, template)], intakeId: null, caseFileId };
  },
  delistingDecision: ({ call, opts, template }, request) => {
    const { data, caseFileId } = delistingDecisionData(call, request.proceedingId, opts.regenerating);
    return { models: [buildDelistingDecision(data, template)], intakeId: null, caseFileId };
  },
  enforcementApplication: ({ call, opts, template }, request) => {
    const { data, caseFileId } = enforcementApplicationData(call, request.proceedingId, opts.regenerating);
    return { models: [buildEnforcementApplication(data, template)], intakeId: null, caseFileId };
  },
  // The worker's 支付令申请书 from the agreement's missed instalments (调解仲裁法 Art. 16); it prints their ID numbers,
  // masked in a preview without a reason (documents-preview.ts).
  paymentOrderApplication: ({ call, opts, template }, request) => {
    const { data, caseFileId } = paymentOrderApplicationData(call, request.proceedingId, opts.regenerating);
    return { models: [buildPaymentOrderApplication(data, template)], intakeId: null, caseFileId };
  },
  tribunalNotice: ({ call, template }, request) => {
    const { data, caseFileId } = tribunalNoticeData(call, request.proceedingId);
    return { models: [buildTribunalNotice(data, template)], intakeId: null, caseFileId };
  },
  // One party's notice of one postponement, filed in its case (the services are recorded there, per party).
  postponementNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = postponementNoticeData(call, request.hearingId, request.recipientId, opts.regenerating);
    return { models: [buildPostponementNotice(data, template)], intakeId: null, caseFileId };
  },
  // 仲裁调解书 from the stored 制作调解书 step; it prints the applicants' ID numbers (a preview masks them).
  mediationPaper: ({ call, opts, template }, request) => {
    const { data, caseFileId } = mediationPaperData(call, request.proceedingId, opts.regenerating);
    const shown = opts.masked ? maskArbitrationCase(data) : data;
    return { models: [buildMediationPaper(shown, template)], intakeId: null, caseFileId };
  },
  // The archive forms of a closed file (归档): made again as the file grows, each a new version.
  fileCover: ({ call, template }, request) => {
    const { data, caseFileId } = fileCoverData(call, request.proceedingId);
    return { models: [buildFileCover(data, template)], intakeId: null, caseFileId };
  },
  fileIndex: ({ call, template }, request) => {
    const { data, caseFileId } = fileIndexData(call, request.proceedingId);
    return { models: [buildFileIndex(data, template)], intakeId: null, caseFileId };
  },
  // The application's papers are read from the stored application and steps; one valid paper each.
  applicationReceipt: ({ call, opts, template }, request) => {
    const { data, caseFileId } = applicationPaperData(call, 'applicationReceipt', request.proceedingId, opts.regenerating);
    return { models: [buildApplicationReceipt(data, template)], intakeId: null, caseFileId };
  },
  supplementNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = applicationPaperData(call, 'supplementNotice', request.proceedingId, opts.regenerating);
    return { models: [buildSupplementNotice(data, template)], intakeId: null, caseFileId };
  },
  rejectionNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = applicationPaperData(call, 'rejectionNotice', request.proceedingId, opts.regenerating);
    return { models: [buildRejectionNotice(data, template)], intakeId: null, caseFileId };
  },
  // 回避 (the latest decision), 应诉 (one per respondent, one valid set per file) and 举证 (one per party), from the steps.
  recusalDecision: ({ call, template }, request) => {
    const { data, caseFileId } = recusalDecisionData(call, request.proceedingId);
    return { models: [buildRecusalDecision(data, template)], intakeId: null, caseFileId };
  },
  respondentNotice: ({ call, opts, template }, request) => {
    const { data, caseFileId } = respondentNoticeData(call, request.proceedingId, opts.regenerating);
    return { models: data.map((d) => buildRespondentNotice(d, template)), intakeId: null, caseFileId };
  },
  evidenceNotice: ({ call, template }, request) => {
    const { data, caseFileId } = evidenceNoticeData(call, request.proceedingId);
    return { models: data.map((d) => buildEvidenceNotice(d, template)), intakeId: null, caseFileId };
  },
};

export function build(call: CallContext, request: Request, opts: BuildOptions = {}): Built {
  const core = call.core;
  const inst = requireInstallation(core);
  const unit = getUnitSummary(core, inst.unitId);
  const template = templateFor(core, request.kind);
  const builder = BUILDERS[request.kind] as Builder<typeof request.kind>;
  try {
    const made = builder({ call, opts, template, unit }, request as never);
    return { kind: request.kind, template, unitShort: unit.shortName, ...made };
  } catch (e) {
    if (e instanceof DocumentInputError || e instanceof TemplateError) throw new ServiceError('VALIDATION', e.message);
    throw e;
  }
}
