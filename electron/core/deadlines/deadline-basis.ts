// What the stored deadlines of a proceeding are counted on today: the bureau's calendar and its deadline settings.
import { dateKeyOf } from '../../../shared/domain/time';
import type { CoreServices } from '../kernel/context';
import { loadCalendar } from './calendar.service';
import { deadlineSettings } from './deadlines.service';
import type { DeadlineBasis } from './stored-deadlines';

export function deadlineBasis(core: CoreServices): DeadlineBasis {
  return { today: dateKeyOf(core.clock.now()), calendar: loadCalendar(core), settings: deadlineSettings(core) };
}
