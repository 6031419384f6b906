// A case file's title, as the timeline and lists show it. A reporter's name never appears in it: the law
// keeps a reporter's identity confidential (监察条例 Art. 9). It follows the complainants: recomputed whenever they
// change, so a file titled “7人” never lists 8.
import type { IntakeKind } from './vocabulary';

export function caseTitle(args: { kind: IntakeKind; complainantNames: string[]; workersCount: number; partyNames: string[] }): string {
  const parties = args.partyNames.length > 0 ? args.partyNames.join('、') : null;
  if (args.kind === 'report') return `举报${parties ?? '（被举报方待查）'}`;
  const first = args.complainantNames[0] ?? '投诉人';
  // Those named are at least as many as are counted, whatever the 涉及人数 says.
  const count = Math.max(args.workersCount, args.complainantNames.length);
  const who = count > 1 ? `${first}等${count}人` : first;
  return `${who}投诉${parties ?? '（被投诉方待查）'}`;
}
