import { defineHandlers } from '../kernel/handler';
import { listTemplates, resetTemplate, saveTemplate } from './templates.service';
import { previewDocuments } from './documents-preview';
import { documentFile, generateDocuments, listDocuments, versionModel, regenerateDocument, voidDocument } from './documents.service';

export const documentsHandlers = defineHandlers({
  'documents.generate': (call, input) => generateDocuments(call, input),
  'documents.regenerate': (call, input) => regenerateDocument(call, input.id),
  'documents.list': (call, input) => listDocuments(call, input),
  'documents.preview': (call, input) => previewDocuments(call, input),
  'documents.model': (call, input) => versionModel(call, input.versionId),
  'documents.file': (call, input) => documentFile(call, input),
  'documents.void': (call, input) => voidDocument(call, input),
  'documentTemplates.list': (call) => listTemplates(call.core),
  'documentTemplates.save': (call, input) => saveTemplate(call, input),
  'documentTemplates.reset': (call, input) => resetTemplate(call, input),
  'documents.batch': (call, input) => call.core.jobs.start('documents.batch', input, { staffId: call.session.staffId, sessionId: call.session.id }),
});
