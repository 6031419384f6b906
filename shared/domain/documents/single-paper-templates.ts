// The papers whose spec and default template live in a file of their own, gathered for templates.ts (which keeps the
// older, shared pieces): the site inspection and evidence request, the tribunal and postponement notices, the 庭审笔录
// and 证据目录, the 支付令申请书, the 仲裁调解书, and the closed file's 案卷封面 and 卷内目录.
import type { DocumentKind } from '../vocabulary';
import type { DocumentTemplate, TemplateSpec } from './template-engine';
import { evidenceRequestSpec, evidenceRequestTemplate } from './evidence-request-template';
import { siteInspectionRecordSpec, siteInspectionRecordTemplate } from './site-inspection-template';
import { evidenceCatalogueSpec, evidenceCatalogueTemplate, hearingTranscriptSpec, hearingTranscriptTemplate } from './hearing-record-templates';
import { tribunalNoticeSpec, tribunalNoticeTemplate } from './tribunal-notice-template';
import { postponementNoticeSpec, postponementNoticeTemplate } from './postponement-notice-template';
import { paymentOrderApplicationSpec, paymentOrderApplicationTemplate } from './payment-order-template';
import { mediationPaperSpec, mediationPaperTemplate } from './mediation-paper-template';
import { fileCoverSpec, fileCoverTemplate, fileIndexSpec, fileIndexTemplate } from './case-file-papers-template';

type SingleKind =
  | 'siteInspectionRecord'
  | 'evidenceRequestNotice'
  | 'tribunalNotice'
  | 'postponementNotice'
  | 'hearingTranscript'
  | 'evidenceCatalogue'
  | 'paymentOrderApplication'
  | 'mediationPaper'
  | 'fileCover'
  | 'fileIndex';

export const SINGLE_PAPER_SPECS: Record<SingleKind & DocumentKind, TemplateSpec> = {
  siteInspectionRecord: siteInspectionRecordSpec,
  evidenceRequestNotice: evidenceRequestSpec,
  tribunalNotice: tribunalNoticeSpec,
  postponementNotice: postponementNoticeSpec,
  hearingTranscript: hearingTranscriptSpec,
  evidenceCatalogue: evidenceCatalogueSpec,
  paymentOrderApplication: paymentOrderApplicationSpec,
  mediationPaper: mediationPaperSpec,
  fileCover: fileCoverSpec,
  fileIndex: fileIndexSpec,
};

export const SINGLE_PAPER_TEMPLATES: Record<SingleKind & DocumentKind, DocumentTemplate> = {
  siteInspectionRecord: siteInspectionRecordTemplate,
  evidenceRequestNotice: evidenceRequestTemplate,
  tribunalNotice: tribunalNoticeTemplate,
  postponementNotice: postponementNoticeTemplate,
  hearingTranscript: hearingTranscriptTemplate,
  evidenceCatalogue: evidenceCatalogueTemplate,
  paymentOrderApplication: paymentOrderApplicationTemplate,
  mediationPaper: mediationPaperTemplate,
  fileCover: fileCoverTemplate,
  fileIndex: fileIndexTemplate,
};
