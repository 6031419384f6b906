import type { RuleId } from '../../../shared/domain/deadline-rules';
import { defineHandlers } from '../kernel/handler';
import { tx, writeContext } from '../kernel/tx';
import { calendarView, setCalendarYear } from './calendar.service';
import { computeWithSettings, listRules } from './deadlines.service';
import { recomputeIfStale } from './recompute-trigger';

export const deadlinesHandlers = defineHandlers({
  'calendar.get': (call, input) => calendarView(call.core, input.year),
  'calendar.setYear': (call, input) => {
    tx(writeContext(call), (w) => setCalendarYear(w, call.core, input));
    // Every open file's dates move with the calendar: recomputed as a job with progress.
    recomputeIfStale(call.core, { staffId: call.session.staffId, sessionId: call.session.id });
    return calendarView(call.core, input.year);
  },
  'deadlines.rules': (call) => listRules(call.core),
  'deadlines.compute': (call, input) => computeWithSettings(call.core, input.rule as RuleId, input.start, input.pauses),
});
