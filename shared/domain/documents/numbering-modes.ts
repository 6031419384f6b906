// Which numbering a bureau may choose for each kind of document (设置 → 文书模板): a series of its own, the case's number,
// the intake's 登记号, or none.
import type { NumberingPolicy } from './template-engine';
import type { DocumentKind } from '../vocabulary';
import { PROCEEDING_PAPER_NUMBERING } from './proceeding-paper-templates';

/** The numbering modes that make sense for a kind (an intake has no case number; a receipt may be numbered or not). */
export const NUMBERING_MODES: Record<DocumentKind, readonly NumberingPolicy['mode'][]> = {
  intakeRecord: ['intakeRegNo', 'series', 'none'],
  acceptanceNotice: ['caseNumber', 'series', 'none'],
  hearingNotice: ['caseNumber', 'series', 'none'],
  serviceReceipt: ['none', 'series', 'caseNumber'],
  award: ['caseNumber'],
  orderToPay: ['series', 'caseNumber', 'none'],
  inquiryNotice: ['series', 'caseNumber', 'none'],
  inquiryRecord: ['none', 'series'],
  priorNotice: ['series', 'caseNumber', 'none'],
  handlingDecision: ['series', 'caseNumber', 'none'],
  penaltyDecision: ['series', 'caseNumber', 'none'],
  demandNotice: ['series', 'caseNumber', 'none'],
  siteInspectionRecord: ['none', 'series'],
  hearingTranscript: ['none', 'series'],
  evidenceCatalogue: ['none', 'series'],
  evidenceRequestNotice: ['series', 'caseNumber', 'none'],
  suspensionDecision: ['caseNumber', 'series'],
  resumptionNotice: ['caseNumber', 'series'],
  extensionNotice: ['caseNumber', 'series'],
  provisionalExecutionRuling: ['caseNumber', 'series'],
  complaintAcceptanceNotice: ['series', 'caseNumber', 'none'],
  complaintRejectionNotice: ['series', 'none'],
  penaltyHearingNotice: ['series', 'caseNumber', 'none'],
  filingApproval: ['caseNumber', 'series', 'none'],
  closingApproval: ['caseNumber', 'series', 'none'],
  revocationApproval: ['caseNumber', 'series', 'none'],
  ...PROCEEDING_PAPER_NUMBERING,
  applicationReceipt: ['none', 'series'],
  supplementNotice: ['none', 'series'],
  rejectionNotice: ['none', 'series'],
  tribunalNotice: ['caseNumber', 'series', 'none'],
  postponementNotice: ['caseNumber', 'series', 'none'],
  recusalDecision: ['caseNumber', 'series'],
  respondentNotice: ['caseNumber', 'series', 'none'],
  evidenceNotice: ['caseNumber', 'series', 'none'],
  // The worker's own application: the bureau gives it no number of its own.
  paymentOrderApplication: ['none'],
  mediationPaper: ['caseNumber', 'series'],
  fileCover: ['none'],
  fileIndex: ['none'],
};
