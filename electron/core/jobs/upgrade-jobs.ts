// Work an upgrade leaves for the background, started after the start-up integrity verdict: the search index built
// under older rules, and site photos from before thumbnails (or whose copies were lost). The first screen and every
// read go ahead meanwhile; a card draws its own thumbnails until the job has made them.
import type { CoreServices } from '../kernel/context';
import type { Logger } from '../kernel/logger';
import { countPhotosWithoutThumbnail } from '../investigation/site-photos.data';
import { SEARCH_TERMS_VERSION, searchIndexVersion, searchRebuildDue } from './search-rebuild';

type Time = <T>(name: string, fn: () => T) => T;

export function startUpgradeJobs(core: CoreServices, logger: Logger, time: Time): void {
  const system = { staffId: null, sessionId: null };
  // An index built under older rules, or a rebuild to these rules that a close or a crash cut: it goes on from its
  // checkpoint (search-rebuild.ts), so over a few starts it finishes however large the database.
  const due = time('searchIndexVersion', () => searchRebuildDue(core.db));
  if (due) {
    const job = core.jobs.start('search.rebuild', {}, system);
    logger.info('search index built under older rules: rebuilding in the background', { from: searchIndexVersion(core.db), to: SEARCH_TERMS_VERSION, job: job.id });
  }
  const unthumbed = time('photosWithoutThumbnail', () => countPhotosWithoutThumbnail(core.prepare));
  if (unthumbed > 0) {
    const job = core.jobs.start('photos.thumbnails', {}, system);
    logger.info('site photos without thumbnails: making them in the background', { photos: unthumbed, job: job.id });
  }
}
