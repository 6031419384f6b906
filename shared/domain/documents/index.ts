// The document builders: pure functions from case data and a template (data, with a built-in default) to the
// content model that both writers render (electron/core/documents).
export { buildAcceptanceNotice } from './acceptance-notice';
export { buildAwards } from './award';
export { buildHearingNotice, type HearingNoticeRecipient } from './hearing-notice';
export { buildIntakeRecord, REPORTER_CONFIDENTIAL_NOTE } from './intake-record';
export { buildOrderToPay } from './order-to-pay';
export { buildServiceReceipt, SERVICE_METHOD_LABEL } from './service-receipt';
export { numberFor } from './arbitration-common';
export * from './model';
export * from './template-engine';
export * from './templates';
