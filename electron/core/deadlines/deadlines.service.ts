// Deadline rules as the bureau has set them, and the calculator: the engine in shared/domain, fed with the
// database's calendar and the deadline parameters in force today.
import type { DeadlineResultOut, RuleInfo } from '../../../shared/contract/deadlines';
import { DEADLINE_EVENTS, effectiveRule, RULE_IDS, ruleSummary, type DeadlineSettings, type RuleId } from '../../../shared/domain/deadline-rules';
import { withRegionalLayer, type HolidayCalendar } from '../../../shared/domain/calendar';
import { computeDeadline, type Pause } from '../../../shared/domain/deadlines';
import { deadlineSettingsFrom } from '../../../shared/domain/parameters';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CoreServices } from '../kernel/context';
import { fromParameters } from '../reference/parameters.service';
import { loadCalendar } from './calendar.service';

export function deadlineSettings(core: CoreServices): DeadlineSettings {
  return fromParameters(core, dateKeyOf(core.clock.now()), 'deadlineSettings', deadlineSettingsFrom);
}

/**
 * The calendar stored deadlines are read on today — due within 3 working days, a report-by date, a feedback date: the
 * database's calendar with the regional days counted when the bureau's setting says they move deadlines, as the
 * engine counted the dates themselves.
 */
export function readingCalendar(core: CoreServices): HolidayCalendar {
  return withRegionalLayer(loadCalendar(core), deadlineSettings(core).regionalHolidays === true);
}

export function listRules(core: CoreServices): RuleInfo[] {
  const settings = deadlineSettings(core);
  return RULE_IDS.map((id) => {
    const r = effectiveRule(id, settings);
    return {
      id,
      label: r.label,
      trigger: DEADLINE_EVENTS[r.trigger],
      length: r.length,
      unit: r.unit,
      direction: r.direction,
      citation: r.citation,
      confidence: r.confidence,
      actor: r.actor,
      optional: !!r.optional,
      enabled: !r.optional || (settings.enabledOptional ?? []).includes(id),
      unitConfigurable: !!r.unitConfigurable,
      summary: ruleSummary(id, settings),
      note: r.note ?? null,
    };
  });
}

export function computeWithSettings(core: CoreServices, rule: RuleId, start: string, pauses: Pause[]): DeadlineResultOut {
  return computeDeadline({ rule, start, pauses, calendar: loadCalendar(core), settings: deadlineSettings(core) });
}
