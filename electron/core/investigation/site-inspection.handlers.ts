import { defineHandlers } from '../kernel/handler';
import { addSitePhoto, sitePhotoThumbnails, viewSitePhoto } from './site-photos.service';
import {
  correctSiteInspection,
  createSiteInspection,
  finaliseSiteInspection,
  listSiteInspections,
  printSiteInspection,
  removeSitePhoto,
  saveSiteInspection,
} from './site-inspection.service';

export const siteInspectionHandlers = defineHandlers({
  'siteInspection.list': (call, input) => listSiteInspections(call, input.caseFileId),
  'siteInspection.create': (call, input) => createSiteInspection(call, input),
  'siteInspection.save': (call, input) => saveSiteInspection(call, input),
  'siteInspection.addPhoto': (call, input) => addSitePhoto(call, input),
  'siteInspection.removePhoto': (call, input) => removeSitePhoto(call, input),
  'siteInspection.photo': (call, input) => viewSitePhoto(call, input),
  'siteInspection.thumbnails': (call, input) => sitePhotoThumbnails(call, input),
  'siteInspection.finalise': (call, input) => finaliseSiteInspection(call, input),
  'siteInspection.correct': (call, input) => correctSiteInspection(call, input),
  'siteInspection.print': (call, input) => printSiteInspection(call, input),
});
