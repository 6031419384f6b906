import type { RuleId } from '../../../shared/domain/deadline-rules';
import { defineHandlers } from '../kernel/handler';
import { tx, writeContext } from '../kernel/tx';
import { calendarView, setCalendarYear, setRegionalYear } from './calendar.service';
import { computeWithSettings, deadlineSettings, listRules } from './deadlines.service';
import { recomputeIfStale } from './recompute-trigger';

const regionalCounted = (core: Parameters<typeof deadlineSettings>[0]) => deadlineSettings(core).regionalHolidays === true;

export const deadlinesHandlers = defineHandlers({
  'calendar.get': (call, input) => calendarView(call.core, input.year, regionalCounted(call.core)),
  'calendar.setYear': (call, input) => {
    tx(writeContext(call), (w) => setCalendarYear(w, call.core, input));
    // Every open file's dates move with the calendar: recomputed as a job with progress.
    recomputeIfStale(call.core, { staffId: call.session.staffId, sessionId: call.session.id });
    return calendarView(call.core, input.year, regionalCounted(call.core));
  },
  'calendar.setRegionalYear': (call, input) => {
    tx(writeContext(call), (w) => setRegionalYear(w, call.core, input));
    // The calendar's version hashes the regional layer: stored deadlines are recomputed (they move only if it counts).
    recomputeIfStale(call.core, { staffId: call.session.staffId, sessionId: call.session.id });
    return calendarView(call.core, null, regionalCounted(call.core));
  },
  'deadlines.rules': (call) => listRules(call.core),
  'deadlines.compute': (call, input) => computeWithSettings(call.core, input.rule as RuleId, input.start, input.pauses),
});
