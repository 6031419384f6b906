// Money is integer fen (分) everywhere: in the database, on the wire and in rules. Floats never hold money.

/** Upper bound for one amount: ¥100,000,000,000.00 — far beyond any wage claim, well inside 2^53. */
export const MAX_FEN = 10_000_000_000_000;

export type FenParse = { ok: true; fen: number } | { ok: false; reason: string };

export function isFen(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_FEN;
}

/**
 * Full-width letters, digits and signs (０–９, ．, －, typed with a Chinese input method in full-width mode) as
 * their ASCII forms, and the ideographic full stop “。” as a decimal point: a number typed either way is the same.
 */
export function halfWidthNumber(input: string): string {
  return String(input ?? '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/。/g, '.');
}

/**
 * Parses what a clerk types as yuan ("12,800", "¥3500.5", "4200元", "1.2万", "１２３４５．６") into fen, exactly —
 * by string arithmetic, never through a float. Negative amounts and more than two decimals are refused.
 */
export function parseYuan(input: string): FenParse {
  let v = halfWidthNumber(input).trim().replace(/[¥￥,，\s]/g, '');
  if (v.endsWith('元')) v = v.slice(0, -1);
  let multiplier = 1;
  if (v.endsWith('万')) {
    v = v.slice(0, -1);
    multiplier = 10_000;
  }
  if (v === '') return { ok: false, reason: '金额为空' };
  if (v.startsWith('-')) return { ok: false, reason: '金额不能为负数' };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(v);
  if (!m) return { ok: false, reason: `“${input}”不是有效金额，请输入数字，例如 12800 或 3500.50` };
  const [, intPart, fracPart = ''] = m;
  // With 万 the amount may carry up to 6 decimals (0.000001万 = 1 分); otherwise at most 2.
  const maxDecimals = multiplier === 1 ? 2 : 6;
  if (fracPart.length > maxDecimals) return { ok: false, reason: '金额最多精确到分（小数点后两位）' };
  const scale = multiplier * 100; // fen per unit typed
  const scaleDigits = String(scale).length - 1;
  const frac = fracPart.padEnd(scaleDigits, '0');
  const digits = (intPart + frac).replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return { ok: false, reason: '金额过大' };
  const fen = Number(digits);
  if (!isFen(fen)) return { ok: false, reason: '金额过大' };
  return { ok: true, fen };
}

/** 1234550 → "12,345.50" */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是整数分：${fen}`);
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}.${cents}`;
}

/** 1234550 → "¥12,345.50" */
export function formatYuan(fen: number): string {
  const s = formatFen(fen);
  return s.startsWith('-') ? `-¥${s.slice(1)}` : `¥${s}`;
}

/** Sum of fen amounts, refusing to silently overflow. */
export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const v of values) {
    total += v;
    if (!Number.isSafeInteger(total)) throw new RangeError('金额合计溢出');
  }
  return total;
}

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CAPITAL_PLACES = ['', '拾', '佰', '仟'];
const CAPITAL_GROUPS = ['', '万', '亿', '万亿'];

/** One group of four digits (0–9999) in capitals, inner zeros said once: 1005 → 壹仟零伍, 1050 → 壹仟零伍拾. */
function capitalGroup(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += CAPITAL_DIGITS[d] + CAPITAL_PLACES[place];
  }
  return out;
}

/**
 * An amount in capitals as a decision writes it beside the figures (中文大写金额, 会计基础工作规范 Art. 52):
 * 12800050 → 壹拾贰万捌仟元伍角整; 100005 → 壹仟元零伍分; 0 → 零元整. A zero between groups is said once
 * (100050000 → 壹佰万零伍佰元整); a whole amount, or one ending in 角, ends in 整.
 */
export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`金额必须是非负整数分：${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.unshift(rest % 10_000);
  let whole = '';
  let zero = false;
  groups.forEach((v, i) => {
    if (v === 0) {
      zero = whole !== '';
      return;
    }
    // After a higher group, a skipped group or a group short of a thousand is read after one 零 (壹拾万零伍).
    if (whole !== '' && (zero || v < 1000)) whole += '零';
    whole += capitalGroup(v) + CAPITAL_GROUPS[groups.length - 1 - i];
    zero = false;
  });
  if (jiao === 0 && cents === 0) return `${whole || '零'}元整`;
  const head = whole ? `${whole}元` : '';
  const tail = jiao > 0 ? `${CAPITAL_DIGITS[jiao]}角${cents > 0 ? `${CAPITAL_DIGITS[cents]}分` : '整'}` : `${whole ? '零' : ''}${CAPITAL_DIGITS[cents]}分`;
  return head + tail;
}
