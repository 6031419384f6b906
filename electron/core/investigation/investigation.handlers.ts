import { defineHandlers } from '../kernel/handler';
import {
  correctInquiryRecord,
  createInquiryRecord,
  finaliseInquiryRecord,
  issueInquiryNotice,
  listFileInvestigation,
  printInquiryRecord,
  saveInquiryRecord,
} from './investigation.service';

export const investigationHandlers = defineHandlers({
  'investigation.list': (call, input) => listFileInvestigation(call, input.caseFileId),
  'investigation.notice': (call, input) => issueInquiryNotice(call, input),
  'investigation.createRecord': (call, input) => createInquiryRecord(call, input),
  'investigation.saveRecord': (call, input) => saveInquiryRecord(call, input),
  'investigation.finaliseRecord': (call, input) => finaliseInquiryRecord(call, input),
  'investigation.correctRecord': (call, input) => correctInquiryRecord(call, input),
  'investigation.printRecord': (call, input) => printInquiryRecord(call, input),
});
