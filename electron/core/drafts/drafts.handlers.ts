import { defineHandlers } from '../kernel/handler';
import { discardDraft, getDraft, saveDraft } from './drafts.service';

export const draftsHandlers = defineHandlers({
  'drafts.get': (call, input) => getDraft(call, input.formKey),
  'drafts.save': (call, input) => saveDraft(call, input.formKey, input.data),
  'drafts.discard': (call, input) => {
    discardDraft(call, input.formKey);
    return {};
  },
});
