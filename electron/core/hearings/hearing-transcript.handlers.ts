import { defineHandlers } from '../kernel/handler';
import { correctTranscript, createTranscript, finaliseTranscript, listTranscripts, printTranscript, saveTranscript } from './hearing-transcript.service';

export const hearingTranscriptHandlers = defineHandlers({
  'hearingTranscript.list': (call, input) => listTranscripts(call, input.caseFileId),
  'hearingTranscript.create': (call, input) => createTranscript(call, input),
  'hearingTranscript.save': (call, input) => saveTranscript(call, input),
  'hearingTranscript.finalise': (call, input) => finaliseTranscript(call, input),
  'hearingTranscript.correct': (call, input) => correctTranscript(call, input),
  'hearingTranscript.print': (call, input) => printTranscript(call, input),
});
