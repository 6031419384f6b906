// Why steps cannot be taken, said once: the core gives each blocked step its sentence, and several steps are often
// blocked for one reason.
import type { AvailableActionOut } from '../../../../shared/contract/casework';

/**
 * Steps blocked for the same reason share one line ("受理、不予受理：…正在等待领导审批"); a reason that names its own
 * step ("您不在本案办案组中，不能办理“受理”…") is shared too, naming 本程序的步骤 instead. A sentence several steps
 * say word for word stays as it is: the step waiting for approval, offered again, is named in it as the pending one.
 */
export function blockedGroups(actions: AvailableActionOut[]): { labels: string[]; reason: string }[] {
  const said = new Map<string, number>();
  for (const a of actions) if (a.blockedBy) said.set(a.blockedBy, (said.get(a.blockedBy) ?? 0) + 1);
  const groups = new Map<string, { labels: string[]; reasons: string[] }>();
  for (const a of actions) {
    if (!a.blockedBy) continue;
    const key = said.get(a.blockedBy)! > 1 ? a.blockedBy : a.blockedBy.replaceAll(`“${a.label}”`, '本程序的步骤');
    const g = groups.get(key) ?? { labels: [], reasons: [] };
    g.labels.push(a.label);
    g.reasons.push(a.blockedBy);
    groups.set(key, g);
  }
  return [...groups].map(([key, g]) => ({ labels: g.labels, reason: g.labels.length === 1 ? g.reasons[0]! : key }));
}
