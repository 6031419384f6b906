// What the case file shows of an arbitration after its clocks: the award's effect per party from each party's own
// service (调解仲裁法 Arts. 47, 50), an overdue award (Art. 43), and an effective award left unpaid — the
// application to the court for enforcement it opens (Art. 51).
import { awardEffects, overdueAwardNotice } from '../../../shared/domain/proceedings/arbitration-closing';
import type { ProceedingView } from '../../../shared/domain/proceedings';
import type { Prepare } from '../../../db/statements';
import { awardOf } from './arbitration-closing.data';
import { findProceeding } from '../proceedings/proceedings.data';
import { tribunalConflicts } from './conflicts';

export interface OutcomeNotice {
  severity: 'info' | 'warning';
  text: string;
}

export function arbitrationNotices(prepare: Prepare, proceedingId: string, view: ProceedingView): OutcomeNotice[] {
  if (view.kind !== 'arbitration') return [];
  const out: OutcomeNotice[] = [];
  // 调解仲裁法 Art. 33: the tribunal's conflicts, while it sits (a granted recusal waits for the new one).
  const p = findProceeding(prepare, proceedingId);
  if (p && view.status === 'composed') for (const w of tribunalConflicts(prepare, p)) out.push({ severity: 'warning', text: `回避提示：${w}` });
  const overdue = overdueAwardNotice(view);
  if (overdue) out.push({ severity: 'warning', text: overdue });
  const effects = awardEffects(view);
  for (const e of effects) out.push({ severity: 'info', text: `裁决对${e.party}：${e.text}` });
  const award = awardOf(prepare, proceedingId);
  if (award && award.paymentStatus && award.paymentStatus !== 'paid' && effects.some((e) => e.effectiveOn !== null && e.effectiveOn <= view.today)) {
    out.push({
      severity: 'warning',
      text: `裁决已发生法律效力，用人单位${award.paymentStatus === 'unpaid' ? '未履行' : '未全部履行'}：劳动者可以依照民事诉讼法的有关规定向人民法院申请强制执行（《劳动争议调解仲裁法》第五十一条）；可在本案卷开立“申请强制执行”程序跟进`,
    });
  }
  return out;
}
