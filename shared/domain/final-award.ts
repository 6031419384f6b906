// Final or non-final award (终局裁决 / 非终局裁决), judged item by item: 调解仲裁法 Art. 47, read with the SPC's
// rule that the amount *awarded* on each item — not the amount claimed — is compared with 12 months of the local
// monthly minimum wage (DOMAIN.md §1.2, "Final award is judged claim by claim"). Pure: the caller supplies the
// minimum wage in force on the award date (parameter 'wage.monthlyMinimum'); this module never guesses one.
import { yuanText as yuan } from './documents/format';

/** What an awarded item is about. Mirrors CLAIM_CATEGORY in shared/contract/documents.ts (a test keeps them equal). */
export const AWARD_CATEGORIES = ['wages', 'injuryMedical', 'compensation', 'damages', 'standards', 'other'] as const;
export type AwardCategory = (typeof AWARD_CATEGORIES)[number];

/** 调解仲裁法 Art. 47(1): 劳动报酬、工伤医疗费、经济补偿、赔偿金 — final when the awarded amount is within 12 months' minimum wage. */
export const AMOUNT_TESTED_CATEGORIES: readonly AwardCategory[] = ['wages', 'injuryMedical', 'compensation', 'damages'];

export const AWARD_CATEGORY_LABEL: Record<AwardCategory, string> = {
  wages: '劳动报酬',
  injuryMedical: '工伤医疗费',
  compensation: '经济补偿',
  damages: '赔偿金',
  standards: '执行国家劳动标准（工作时间、休息休假、社会保险）',
  other: '其他',
};

/** 调解仲裁法 Art. 47(1): "不超过当地月最低工资标准十二个月金额". */
export const FINAL_AWARD_MONTHS = 12;

export interface AwardItemLike {
  text: string;
  category: AwardCategory;
  amountFen: number | null;
}

export interface ItemVerdict<T extends AwardItemLike = AwardItemLike> {
  /** Position in the award's item list (0-based). */
  index: number;
  item: T;
  final: boolean;
  /** Why, in Chinese, citing the article: shown to the arbitrator and kept with the document version. */
  reason: string;
}

export type FinalAwardCheck<T extends AwardItemLike = AwardItemLike> =
  | {
      ok: true;
      /** 12 × the monthly minimum wage, in fen; null when no item needed it. */
      thresholdFen: number | null;
      verdicts: ItemVerdict<T>[];
      finalItems: T[];
      nonFinalItems: T[];
      /**
       * Both kinds present: the tribunal makes separate awards (分别制作裁决书). 办案规则 (2017) Art. 50 (终局裁决, per the
       * 释义 table of contents in DOMAIN.md §1.3); the sentence itself is UNCONFIRMED for the 2017 text — a secondary
       * source quotes it from the 2009 rules' Art. 49 and shows a committee issuing "…-1号" and "…-2号" awards.
       */
      split: boolean;
    }
  | { ok: false; reason: string };

const LAW = '《中华人民共和国劳动争议调解仲裁法》';

/** The amount below or at which an amount-tested item is final: 12 × monthly minimum wage (调解仲裁法 Art. 47(1)). */
export function finalAwardThresholdFen(monthlyMinimumWageFen: number): number {
  return FINAL_AWARD_MONTHS * monthlyMinimumWageFen;
}

/**
 * Classifies each awarded item. Items of wages, work-injury medical costs, economic compensation and damages are
 * final iff their awarded amount ≤ 12 × the monthly minimum wage (Art. 47(1)); disputes over the national
 * standards on working hours, rest and leave and social insurance are final (Art. 47(2)); anything else is
 * non-final (Art. 50). Without a usable minimum wage, or with an amount-tested item that has no amount, the answer
 * is an error the caller must show — never a guess.
 */
export function classifyAward<T extends AwardItemLike>(
  items: readonly T[],
  monthlyMinimumWageFen: number | null | undefined,
): FinalAwardCheck<T> {
  if (items.length === 0) return { ok: false, reason: '裁决事项为空，无法判断终局或非终局裁决' };
  const needsThreshold = items.some((i) => AMOUNT_TESTED_CATEGORIES.includes(i.category));
  let thresholdFen: number | null = null;
  if (needsThreshold) {
    if (monthlyMinimumWageFen == null) {
      return { ok: false, reason: '未设置裁决日适用的当地月最低工资标准，无法判断是否为终局裁决（《中华人民共和国劳动争议调解仲裁法》第四十七条）。请先在“设置 → 参数”中录入。' };
    }
    if (!Number.isSafeInteger(monthlyMinimumWageFen) || monthlyMinimumWageFen <= 0) {
      return { ok: false, reason: `当地月最低工资标准应为大于0的整数分，现为 ${String(monthlyMinimumWageFen)}，无法判断是否为终局裁决` };
    }
    thresholdFen = finalAwardThresholdFen(monthlyMinimumWageFen);
  }

  const verdicts: ItemVerdict<T>[] = [];
  for (const [index, item] of items.entries()) {
    const n = index + 1;
    if (AMOUNT_TESTED_CATEGORIES.includes(item.category)) {
      const label = AWARD_CATEGORY_LABEL[item.category];
      if (item.amountFen == null) {
        return { ok: false, reason: `第${n}项裁决事项属于${label}，但未写明裁决金额，无法判断是否为终局裁决` };
      }
      if (!Number.isSafeInteger(item.amountFen) || item.amountFen < 0) {
        return { ok: false, reason: `第${n}项裁决事项的金额无效` };
      }
      const limit = thresholdFen as number;
      const final = item.amountFen <= limit;
      const reason = final
        ? `${label}${yuan(item.amountFen)}，不超过当地月最低工资标准十二个月金额（${yuan(limit)}），依照${LAW}第四十七条第（一）项为终局裁决`
        : `${label}${yuan(item.amountFen)}，超过当地月最低工资标准十二个月金额（${yuan(limit)}），不属于${LAW}第四十七条规定的终局裁决事项，为非终局裁决（第五十条）`;
      verdicts.push({ index, item, final, reason });
    } else if (item.category === 'standards') {
      verdicts.push({
        index,
        item,
        final: true,
        reason: `属于因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议，依照${LAW}第四十七条第（二）项为终局裁决`,
      });
    } else {
      verdicts.push({ index, item, final: false, reason: `不属于${LAW}第四十七条规定的终局裁决事项，为非终局裁决（第五十条）` });
    }
  }
  const finalItems = verdicts.filter((v) => v.final).map((v) => v.item);
  const nonFinalItems = verdicts.filter((v) => !v.final).map((v) => v.item);
  return { ok: true, thresholdFen, verdicts, finalItems, nonFinalItems, split: finalItems.length > 0 && nonFinalItems.length > 0 };
}

export type AwardFinality = 'final' | 'nonFinal';

/**
 * What the award says about its own nature and the routes and periods to challenge it, as the statute writes
 * them (periods in Chinese numerals: 十五日, 三十日). Statute text, not template data: a 裁决书 must state these.
 */
export const AWARD_STATEMENTS = {
  final: {
    /** 调解仲裁法 Art. 47: 终局裁决，裁决书自作出之日起发生法律效力. */
    nature: '本裁决为终局裁决，裁决书自作出之日起发生法律效力。',
    /** 调解仲裁法 Art. 48. */
    workerRoute: '劳动者对本裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼。',
    /** 调解仲裁法 Art. 49 (the six grounds are in its first paragraph). */
    employerRoute:
      '用人单位有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》第四十九条第一款规定情形之一的，可以自收到仲裁裁决书之日起三十日内向本委所在地的{intermediateCourt}申请撤销裁决。',
  },
  nonFinal: {
    nature: '本裁决为非终局裁决。',
    /** 调解仲裁法 Art. 50. */
    route: '当事人对本裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，裁决书发生法律效力。',
  },
} as const;

/** The paragraphs an award of this kind ends with: its nature, then each route and period. */
export function awardRouteParagraphs(kind: AwardFinality, intermediateCourt: string): string[] {
  if (kind === 'final') {
    const s = AWARD_STATEMENTS.final;
    return [s.nature, s.workerRoute, s.employerRoute.replace('{intermediateCourt}', intermediateCourt)];
  }
  return [AWARD_STATEMENTS.nonFinal.nature, AWARD_STATEMENTS.nonFinal.route];
}
