// A case file's title, as the timeline and lists show it. A reporter's name never appears in it: the law
// keeps a reporter's identity confidential (监察条例 Art. 9).
import type { IntakeKind } from './vocabulary';

export function caseTitle(args: { kind: IntakeKind; complainantNames: string[]; workersCount: number; partyNames: string[] }): string {
  const parties = args.partyNames.length > 0 ? args.partyNames.join('、') : null;
  if (args.kind === 'report') return `举报${parties ?? '（被举报方待查）'}`;
  const first = args.complainantNames[0] ?? '投诉人';
  const who = args.workersCount > 1 ? `${first}等${args.workersCount}人` : first;
  return `${who}投诉${parties ?? '（被投诉方待查）'}`;
}
