// What must hold before the bureau proposes 移送公安 (拒不支付劳动报酬, 刑法 Art. 276-1) or 列入失信联合惩戒名单, each as
// a checklist item with its basis and the facts on the file that meet it. Pure: the core gathers the facts and
// refuses a proposal while an item is unmet; the case page shows the same items, ticked or not, with why.
import { formatYuan } from './money';

export const REFERRAL_SINGLE_PARAMETER = 'referral.singleWorkerThreshold';
export const REFERRAL_TOTAL_PARAMETER = 'referral.totalThreshold';
/** 法释〔2013〕3号 Art. 3: the ranges within which each province sets its figures (元). */
export const REFERRAL_SINGLE_RANGE = { min: 5_000, max: 20_000 } as const;
export const REFERRAL_TOTAL_RANGE = { min: 30_000, max: 100_000 } as const;
/** Art. 3(1): one worker unpaid three months or more. */
export const REFERRAL_SINGLE_MONTHS = 3;
/** Art. 3(2): ten workers or more. */
export const REFERRAL_MIN_WORKERS = 10;

export const INTERPRETATION = '《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》（法释〔2013〕3号）';
export const BLACKLIST_MEASURES = '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》';

/** A fact the inspector records for the checklist, with the evidence item it rests on (if any). */
export const GROUND_KIND = {
  abilityToPay: '有能力支付而不支付',
  evasion: '以转移财产、逃匿等方法逃避支付',
  groupIncident: '因拖欠工资引发群体性事件、极端事件',
  unpaidMonths: '劳动者被拖欠工资的月数',
} as const;
export type GroundKind = keyof typeof GROUND_KIND;

export interface Ground {
  kind: GroundKind;
  fact: string;
  evidenceTitle: string | null;
  personId: string | null;
  months: number | null;
}

export interface OrderFacts {
  issuedOn: string;
  deadline: string;
  /** The day the order was served on the employer (直接送达, 留置, 张贴 …), or null. */
  servedOn: string | null;
}

export interface WorkerOwed {
  personId: string;
  name: string;
  /** Still owed after what counts as paid (shared/domain/payments.ts); null when the amount owed is not known. */
  outstandingFen: number | null;
}

export interface ChecklistFacts {
  today: string;
  /** The latest order to pay of the file's inspection, or null. */
  order: OrderFacts | null;
  workers: readonly WorkerOwed[];
  grounds: readonly Ground[];
  /** The province's figures in force today (parameters, 元); null when none is set. */
  singleThresholdYuan: number | null;
  totalThresholdYuan: number | null;
}

export interface ChecklistItem {
  id: string;
  label: string;
  met: boolean;
  /** Why it is met or not, in a sentence. */
  why: string;
  basis: string;
  /** The facts on the file that meet it. */
  evidence: string[];
}

const yuan = (fen: number) => formatYuan(fen);

function outstandingTotal(workers: readonly WorkerOwed[]): number {
  return workers.reduce((s, w) => s + (w.outstandingFen ?? 0), 0);
}

function servedItem(f: ChecklistFacts, basis: string): ChecklistItem {
  const label = '限期改正（支付）指令书已送达用人单位';
  if (!f.order) return { id: 'orderServed', label, met: false, why: '本案尚未下达限期改正（支付）指令书', basis, evidence: [] };
  if (!f.order.servedOn) return { id: 'orderServed', label, met: false, why: `${f.order.issuedOn}作出的指令书尚未登记向用人单位送达（含在其经营场所或施工现场张贴并拍照）`, basis, evidence: [] };
  return { id: 'orderServed', label, met: true, why: `指令书${f.order.issuedOn}作出，${f.order.servedOn}送达用人单位`, basis, evidence: [`送达日期 ${f.order.servedOn}`] };
}

function overdueItem(f: ChecklistFacts, basis: string): ChecklistItem {
  const label = '指令书限期届满仍未支付';
  const owed = outstandingTotal(f.workers);
  if (!f.order) return { id: 'overdueUnpaid', label, met: false, why: '本案尚未下达限期改正（支付）指令书', basis, evidence: [] };
  if (f.today <= f.order.deadline) return { id: 'overdueUnpaid', label, met: false, why: `指令书限期支付日期为${f.order.deadline}，尚未届满`, basis, evidence: [] };
  if (owed <= 0) return { id: 'overdueUnpaid', label, met: false, why: '按已登记的支付，劳动者工资已全部支付，不存在拒不支付', basis, evidence: [] };
  const unpaid = f.workers.filter((w) => (w.outstandingFen ?? 0) > 0).length;
  return { id: 'overdueUnpaid', label, met: true, why: `限期${f.order.deadline}已届满，${unpaid}名劳动者仍欠${yuan(owed)}`, basis, evidence: [`尚欠合计 ${yuan(owed)}`] };
}

/** 法释〔2013〕3号 Art. 3: 数额较大 — one worker ≥ 3 months and ≥ the single figure, or ≥ 10 workers and ≥ the total figure. */
export function amountItem(f: ChecklistFacts): ChecklistItem {
  const basis = `${INTERPRETATION}第三条`;
  const label = '拖欠数额达到“数额较大”标准';
  if (f.singleThresholdYuan === null || f.totalThresholdYuan === null) {
    return { id: 'amount', label, met: false, why: '本地区“数额较大”的标准尚未设置，请管理员在“设置 → 参数”中录入', basis, evidence: [] };
  }
  const single = f.singleThresholdYuan * 100;
  const total = f.totalThresholdYuan * 100;
  const months = new Map<string, number>();
  for (const g of f.grounds) if (g.kind === 'unpaidMonths' && g.personId && g.months !== null) months.set(g.personId, Math.max(months.get(g.personId) ?? 0, g.months));
  const one = f.workers.find((w) => (w.outstandingFen ?? 0) >= single && (months.get(w.personId) ?? 0) >= REFERRAL_SINGLE_MONTHS);
  if (one) {
    return { id: 'amount', label, met: true, why: `${one.name}被拖欠${months.get(one.personId)}个月工资，尚欠${yuan(one.outstandingFen!)}，达到一人${yuan(single)}的标准`, basis, evidence: [`${one.name} 尚欠 ${yuan(one.outstandingFen!)}`] };
  }
  const unpaid = f.workers.filter((w) => (w.outstandingFen ?? 0) > 0);
  const owed = outstandingTotal(unpaid);
  if (unpaid.length >= REFERRAL_MIN_WORKERS && owed >= total) {
    return { id: 'amount', label, met: true, why: `${unpaid.length}名劳动者尚欠合计${yuan(owed)}，达到十人以上${yuan(total)}的标准`, basis, evidence: [`尚欠合计 ${yuan(owed)}`] };
  }
  return {
    id: 'amount',
    label,
    met: false,
    why: `未达标准：须一名劳动者被拖欠三个月以上且尚欠不少于${yuan(single)}（月数须登记），或十名以上劳动者尚欠合计不少于${yuan(total)}；本案${unpaid.length}名劳动者尚欠合计${yuan(owed)}`,
    basis,
    evidence: [],
  };
}

function groundItem(f: ChecklistFacts, id: string, label: string, kinds: readonly GroundKind[], basis: string, missing: string): ChecklistItem {
  const found = f.grounds.filter((g) => kinds.includes(g.kind));
  if (found.length === 0) return { id, label, met: false, why: missing, basis, evidence: [] };
  return { id, label, met: true, why: `已登记${found.length}项`, basis, evidence: found.map((g) => `${GROUND_KIND[g.kind]}：${g.fact}${g.evidenceTitle ? `（证据：${g.evidenceTitle}）` : ''}`) };
}

/** 移送公安: 法释〔2013〕3号 Arts. 2–4 and 刑法 Art. 276-1. */
export function policeReferralChecklist(f: ChecklistFacts): ChecklistItem[] {
  return [
    servedItem(f, `${INTERPRETATION}第四条`),
    overdueItem(f, `${INTERPRETATION}第四条；《中华人民共和国刑法》第二百七十六条之一`),
    amountItem(f),
    groundItem(
      f,
      'abilityOrEvasion',
      '有能力支付而不支付，或以转移财产、逃匿等方法逃避支付',
      ['abilityToPay', 'evasion'],
      `${INTERPRETATION}第二条；《中华人民共和国刑法》第二百七十六条之一`,
      '尚未登记用人单位有能力支付或转移财产、逃匿等逃避支付的事实及证据',
    ),
  ];
}

/** 列入失信联合惩戒名单: 办法 Art. 5 — an order to pay overdue and unpaid, and the amount threshold or a 群体性/极端事件. */
export function blacklistChecklist(f: ChecklistFacts): ChecklistItem[] {
  const basis = `${BLACKLIST_MEASURES}第五条`;
  const amount = amountItem(f);
  const incident = groundItem(f, 'incident', '', ['groupIncident'], basis, '');
  const either: ChecklistItem = amount.met
    ? { ...amount, id: 'amountOrIncident', label: '拖欠数额达到拒不支付劳动报酬罪的数额标准，或引发群体性事件、极端事件', basis: `${basis}第一项` }
    : incident.met
      ? { ...incident, id: 'amountOrIncident', label: '拖欠数额达到拒不支付劳动报酬罪的数额标准，或引发群体性事件、极端事件', why: '因拖欠工资引发群体性事件、极端事件，造成严重不良社会影响', basis: `${basis}第二项` }
      : { id: 'amountOrIncident', label: '拖欠数额达到拒不支付劳动报酬罪的数额标准，或引发群体性事件、极端事件', met: false, why: `${amount.why}；也未登记因拖欠工资引发群体性事件、极端事件的事实`, basis, evidence: [] };
  return [servedItem(f, basis), overdueItem(f, basis), either];
}

/** The refusal a proposal meets while items are unmet, listing each; null when all hold. */
export function unmetProblem(items: readonly ChecklistItem[], what: string): string | null {
  const unmet = items.filter((i) => !i.met);
  if (unmet.length === 0) return null;
  return `不能${what}，以下条件尚不具备：${unmet.map((i, n) => `${n + 1}. ${i.label}——${i.why}（${i.basis}）`).join('；')}`;
}
