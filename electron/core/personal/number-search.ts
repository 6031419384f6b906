// Searching by ID number or phone (security review, issue #10 item 3): every such search is on the audit trail —
// the channel, the kind of number and the number as masked, never in clear — and one session may make only so many
// a minute; a series beyond that is refused and flagged to the auditor ('numberSearchFlood'), so an enumeration of
// a masked middle is stopped early and seen.
import { can, maskIdNumber, maskPhone } from '../../../shared/domain/permissions';
import type { CallContext, CoreServices } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { isNumberToken } from '../search/query';
import { normalizeForSearch } from '../search/terms';
import { tx, writeContext } from '../kernel/tx';

/**
 * How many number searches one session may make in a minute. A desk worker checking people one by one makes a few;
 * the review's enumeration needed 893 to 1,411 in under a second. Twenty leaves room for typing pauses (the lists
 * search as one types, 300 ms after the last key) while stopping any series long enough to walk a hidden middle.
 */
export const NUMBER_SEARCHES_PER_MINUTE = 20;
/**
 * For a role that may see full numbers (personal.unmask, itself audited with a reason) the searches reveal nothing it
 * could not see; a higher ceiling still stops a script, and lets a busy desk type number after number.
 */
export const NUMBER_SEARCHES_PER_MINUTE_UNMASKED = 120;
const WINDOW_MS = 60_000;

export type NumberKind = 'idNumber' | 'phone' | 'lastDigits' | 'number';

/** A token is a number search when it has four digits or more: four is the shortest part a mask shows. */
const isSearchedNumber = (t: string) => isNumberToken(t) && (t.match(/\d/g)?.length ?? 0) >= 4;

export function numberKind(t: string): NumberKind {
  if (/^\d{17}[\dx]$/.test(t) || /^\d{15}$/.test(t)) return 'idNumber';
  if (/^1[3-9]\d{9}$/.test(t) || /^0\d{9,11}$/.test(t)) return 'phone';
  if (/^\d{4}$/.test(t)) return 'lastDigits';
  return 'number';
}

/** The numbers a query searches for, each masked by its kind (a tail of four is what every mask shows). */
export function numbersInQuery(query: string): { kinds: NumberKind[]; masked: string } | null {
  const numbers = query.split(/\s+/).map(normalizeForSearch).filter(isSearchedNumber);
  if (numbers.length === 0) return null;
  const kinds = numbers.map(numberKind);
  const masked = numbers.map((t, i) => (kinds[i] === 'phone' ? maskPhone(t) : kinds[i] === 'lastDigits' ? t : maskIdNumber(t)));
  return { kinds: [...new Set(kinds)], masked: masked.join(' ') };
}

interface SessionSearches {
  /** When this session's accepted number searches were made, within the last minute. */
  at: number[];
  flaggedAt: number | null;
}

// Per core (tests run many), per session: the window lives as long as the core does.
const searchesByCore = new WeakMap<CoreServices, Map<string, SessionSearches>>();

function sessionSearches(call: CallContext): SessionSearches {
  let bySession = searchesByCore.get(call.core);
  if (!bySession) searchesByCore.set(call.core, (bySession = new Map()));
  let s = bySession.get(call.session.id);
  if (!s) bySession.set(call.session.id, (s = { at: [], flaggedAt: null }));
  return s;
}

/**
 * Puts a number search on the record, or refuses it when this session has made too many in the last minute (the
 * first refusal in a minute is flagged for the auditor). A query without a number passes untouched.
 */
export function recordNumberSearch(call: CallContext, query: string, scope: 'prefix' | 'visible'): void {
  const found = numbersInQuery(query);
  if (!found) return;
  const now = call.core.clock.now();
  const s = sessionSearches(call);
  s.at = s.at.filter((t) => now - t < WINDOW_MS);
  const limit = call.principal && can(call.principal.roles, 'personal.unmask') ? NUMBER_SEARCHES_PER_MINUTE_UNMASKED : NUMBER_SEARCHES_PER_MINUTE;
  if (s.at.length >= limit) {
    if (s.flaggedAt === null || now - s.flaggedAt >= WINDOW_MS) {
      s.flaggedAt = now;
      tx(writeContext(call), (w) => {
        w.audit({
          action: 'numberSearchFlood',
          entity: 'search',
          entityId: null,
          change: { channel: call.channel, limit, searchesInLastMinute: s.at.length, kinds: found.kinds, maskedQuery: found.masked },
        });
      });
    }
    throw new ServiceError('FORBIDDEN', `按证件号码或电话检索过于频繁（每分钟最多${limit}次），请稍候一分钟再试；此情况已记入审计记录`);
  }
  s.at.push(now);
  tx(writeContext(call), (w) => {
    w.audit({ action: 'searchByNumber', entity: 'search', entityId: null, change: { kinds: found.kinds, maskedQuery: found.masked, scope } });
  });
}
