import { defineHandlers } from '../kernel/handler';
import { addIdImage, listIdImages, viewIdImage, withdrawIdImage } from './id-images.service';
import { reveal } from './reveal.service';

export const personalHandlers = defineHandlers({
  'personal.reveal': (call, input) => reveal(call, input),
  'idImages.list': (call, input) => listIdImages(call, input.personId),
  'idImages.add': (call, input) => addIdImage(call, input),
  'idImages.view': (call, input) => viewIdImage(call, input),
  'idImages.withdraw': (call, input) => withdrawIdImage(call, input),
});
