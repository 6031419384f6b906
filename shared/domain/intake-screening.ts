// Screening a complaint or report against the two rules that can take it away from inspection: the two-year cut-off
// and a matter already before mediation, arbitration or a court. Advice only, never a refusal: the desk records what
// it was told and the inspector decides at acceptance (若干规定 Art. 18), with this same function.
import { addMonths } from './calendar';
import { formatDateZh } from './time';
import { PENDING_ELSEWHERE, type IntakeRoute, type PendingElsewhere } from './vocabulary';

/** 监察条例 Art. 20: violations not discovered, reported or complained of within 2 years are no longer pursued. */
export const CUTOFF_MONTHS = 24;

export interface ScreeningInput {
  /** The day the desk received the matter ('YYYY-MM-DD'). */
  receivedDate: string;
  /** 违法行为终止日期: the day of the act, or the day a continuing act ended; null when not known. */
  violationEndDate: string | null;
  pendingElsewhere: PendingElsewhere | null;
  route: IntakeRoute | null;
}

export interface ScreeningWarning {
  code: 'timeBarred' | 'pendingElsewhere';
  message: string;
}

export interface Screening {
  /** The last day on which the violation could still be complained of, with the sentence that says so. */
  cutoff: { date: string; passed: boolean; text: string } | null;
  /** What the person deciding the route should know; empty when nothing stands in the way. */
  warnings: ScreeningWarning[];
}

const DECIDED_BY_INSPECTION = '可照常登记，是否受理由劳动保障监察机构决定。';

/**
 * The cut-off and the warnings for a matter as the desk recorded it. The period runs from the end of the violation
 * (监察条例 Art. 20) and ends on the corresponding day two years on (民法典 Arts. 201–202); a holiday on that day is
 * not counted here, which errs toward warning, not toward letting a matter lapse unseen.
 */
export function screenIntake(i: ScreeningInput): Screening {
  const warnings: ScreeningWarning[] = [];
  const toInspection = i.route === 'inspection';
  let cutoff: Screening['cutoff'] = null;
  if (i.violationEndDate !== null) {
    const date = addMonths(i.violationEndDate, CUTOFF_MONTHS);
    const passed = i.receivedDate > date;
    cutoff = {
      date,
      passed,
      text: passed
        ? `查处时效（参考）：已于${formatDateZh(date)}届满，接待时已超过两年`
        : `查处时效（参考）：至${formatDateZh(date)}届满（违法行为终止之日起两年）`,
    };
    if (passed && toInspection) {
      warnings.push({
        code: 'timeBarred',
        message: `违法行为终止于${formatDateZh(i.violationEndDate)}，至接待之日已超过两年（${formatDateZh(date)}届满）。依照《劳动保障监察条例》第二十条，劳动保障行政部门不再查处。${DECIDED_BY_INSPECTION}`,
      });
    }
  }
  if (toInspection && i.pendingElsewhere !== null && i.pendingElsewhere !== 'none') {
    warnings.push({
      code: 'pendingElsewhere',
      message: `该事项${PENDING_ELSEWHERE.label(i.pendingElsewhere)}。依照《劳动保障监察条例》第二十一条，已经申请调解、仲裁或者已经提起诉讼的事项，应当告知投诉人依照劳动争议处理或者诉讼的程序办理。${DECIDED_BY_INSPECTION}`,
    });
  }
  return { cutoff, warnings };
}
