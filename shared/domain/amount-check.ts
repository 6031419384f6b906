// A claim far above what one worker could be owed is more often a slip — a digit too many, a misplaced point — than
// a claim. The desk is asked to look again and confirm; it is never refused. The ceiling is per worker, in yuan
// (parameter intake.amountConfirmAbove): a group's total is compared with the ceiling times the workers it covers,
// so a large group's large total does not trouble the desk, while one worker's slip does.
import { formatYuan } from './money';

export const AMOUNT_CONFIRM_PARAMETER = 'intake.amountConfirmAbove';

export interface ClaimedAmounts {
  /** The workers the total covers; null when there is no total to check (complainants added later). */
  workersCount: number | null;
  amountClaimedFen: number | null;
  complainants: readonly { name: string; amountClaimedFen: number | null }[];
}

/** The amounts to confirm, by contract path (complainants.2.amountClaimedFen, else amountClaimedFen), each with why. */
export function amountsToConfirm(a: ClaimedAmounts, ceilingYuanPerWorker: number): Record<string, string> {
  const ceiling = ceilingYuanPerWorker * 100;
  const out: Record<string, string> = {};
  a.complainants.forEach((c, i) => {
    if (c.amountClaimedFen !== null && c.amountClaimedFen > ceiling) {
      out[`complainants.${i}.amountClaimedFen`] = `${c.name}的诉求金额 ${formatYuan(c.amountClaimedFen)} 超过每人 ${formatYuan(ceiling)}，请核对`;
    }
  });
  // A total that is over only because a row is (the total left to add up the rows) is the same slip: asked once.
  if (a.amountClaimedFen !== null && a.workersCount !== null && Object.keys(out).length === 0) {
    const workers = Math.max(1, a.workersCount);
    if (a.amountClaimedFen > ceiling * workers) {
      out.amountClaimedFen = `诉求金额合计 ${formatYuan(a.amountClaimedFen)}，涉及 ${workers} 人，平均每人超过 ${formatYuan(ceiling)}，请核对`;
    }
  }
  return out;
}
