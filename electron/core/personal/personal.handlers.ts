import { defineHandlers } from '../handler';
import { reveal } from './reveal.service';

export const personalHandlers = defineHandlers({
  'personal.reveal': (call, input) => reveal(call, input),
});
