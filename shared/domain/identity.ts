// Identity-number and phone checks. Pure: no imports outside shared/ and node_modules, runnable with `tsx`.
// Sources: DOMAIN.md §5.1 (GB 11643-1999), §5.2 (GB 32100-2015, GB 11714), §5.3 (mobile and landline numbers).

export type ResidentIdCheck =
  | { ok: true; birthDate: string; sex: 'M' | 'F'; regionCode: string }
  | { ok: false; reason: string };

// ISO 7064 MOD 11-2 weights Wi = 2^(18−i) mod 11 and the check-character map (GB 11643-1999).
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

// First two digits of a GB/T 2260 address code: provinces 11–65, Taiwan 71, Hong Kong 81, Macao 82;
// 83 appears on residence permits for Taiwan residents (港澳台居民居住证).
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** True when y-m-d is a real Gregorian calendar date. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The ISO 7064 MOD 11-2 check character for the first 17 digits of an 18-character ID. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/**
 * Checks a 公民身份号码 (GB 11643-1999): 18 characters with an ISO 7064 MOD 11-2 check character,
 * or the legacy 15-digit form (GB 11643-1989: birth year 19YY, no check digit). Input is trimmed and a
 * lower-case x accepted. Sex comes from digit 17 (digit 15 in the legacy form); odd = male.
 */
export function checkResidentId(s: string): ResidentIdCheck {
  const v = String(s ?? '').trim().toUpperCase();
  if (v === '') return { ok: false, reason: '身份证号码为空' };
  let birth: string;
  let seqDigit: string;
  if (v.length === 18) {
    if (!/^\d{17}[\dX]$/.test(v)) return { ok: false, reason: '身份证号码只能由17位数字加1位数字或X组成' };
    birth = v.slice(6, 14);
    seqDigit = v[16];
  } else if (v.length === 15) {
    if (!/^\d{15}$/.test(v)) return { ok: false, reason: '15位旧身份证号码只能由数字组成' };
    birth = '19' + v.slice(6, 12);
    seqDigit = v[14];
  } else {
    return { ok: false, reason: `身份证号码应为18位（旧号码15位），现为${v.length}位` };
  }
  const regionCode = v.slice(0, 6);
  if (!PROVINCE_PREFIXES.has(regionCode.slice(0, 2))) {
    return { ok: false, reason: `地址码 ${regionCode} 不是有效的行政区划代码` };
  }
  const y = Number(birth.slice(0, 4));
  const m = Number(birth.slice(4, 6));
  const d = Number(birth.slice(6, 8));
  if (y < 1800 || !isRealDate(y, m, d)) {
    return { ok: false, reason: `出生日期 ${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)} 不是有效日期` };
  }
  if (v.length === 18) {
    const expected = residentIdCheckChar(v.slice(0, 17));
    if (v[17] !== expected) {
      return { ok: false, reason: `校验位错误：最后一位应为 ${expected}，请核对号码` };
    }
  }
  return {
    ok: true,
    birthDate: `${y}-${pad2(m)}-${pad2(d)}`,
    sex: Number(seqDigit) % 2 === 1 ? 'M' : 'F',
    regionCode,
  };
}

/** Normalises an ID number for storage: trimmed, upper-case X. Call only after checkResidentId passed. */
export function normalizeResidentId(s: string): string {
  return s.trim().toUpperCase();
}

// ---------------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015) with the embedded 组织机构代码 check (GB 11714).

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // no I, O, Z, S, V; index = character value
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
// 登记管理部门码 (position 1): 1–9, A (中央军委改革和编制办公室), N (农业), Y (其他).
const REGISTRAR_CODES = '123456789ANY';

/** The GB 32100-2015 check character for the first 17 characters (assumed already in the charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  const c = 31 - (sum % 31);
  return CREDIT_CHARSET[c === 31 ? 0 : c];
}

/** The GB 11714 check character of a 9-character 组织机构代码, from its first 8 characters. */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i];
    const val = ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55; // A=10 … Z=35
    sum += val * ORG_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function checkCreditCode(s: string): { ok: true } | { ok: false; reason: string } {
  const v = normalizeCreditCode(s);
  if (v === '') return { ok: false, reason: '统一社会信用代码为空' };
  if (v.length !== 18) return { ok: false, reason: `统一社会信用代码应为18位，现为${v.length}位` };
  for (const ch of v) {
    if (!CREDIT_CHARSET.includes(ch)) {
      return { ok: false, reason: `统一社会信用代码含有不允许的字符“${ch}”（不使用 I、O、Z、S、V）` };
    }
  }
  if (!REGISTRAR_CODES.includes(v[0])) return { ok: false, reason: `第1位登记管理部门码“${v[0]}”无效` };
  if (!/^\d{6}$/.test(v.slice(2, 8))) return { ok: false, reason: '第3–8位应为登记管理机关行政区划代码（6位数字）' };
  const org = v.slice(8, 17);
  const orgCheck = orgCodeCheckChar(org.slice(0, 8));
  if (org[8] !== orgCheck) {
    return { ok: false, reason: `内含的组织机构代码 ${org} 校验不符（第17位应为 ${orgCheck}）` };
  }
  const check = creditCodeCheckChar(v.slice(0, 17));
  if (v[17] !== check) return { ok: false, reason: `校验位错误：最后一位应为 ${check}，请核对代码` };
  return { ok: true };
}

export function normalizeCreditCode(s: string): string {
  return String(s ?? '').trim().toUpperCase();
}

// ---------------------------------------------------------------------------------------------------
// Phones (DOMAIN.md §5.3). Complainants often give a landline or a relative's number, so both kinds pass.

export type PhoneCheck =
  | { ok: true; kind: 'mobile' | 'landline'; normalized: string }
  | { ok: false; reason: string };

function stripPhone(s: string): string {
  return String(s ?? '').trim().replace(/[\s\-()（）]/g, '');
}

/** Mainland mobile: 11 digits, 1 then 3–9 (the loose pattern; new segments keep being issued). +86 allowed. */
export function checkMobile(s: string): PhoneCheck {
  let v = stripPhone(s);
  if (v.startsWith('+86')) v = v.slice(3);
  else if (v.length === 13 && v.startsWith('86')) v = v.slice(2);
  if (!/^\d+$/.test(v)) return { ok: false, reason: '手机号码只能包含数字' };
  if (v.length !== 11) return { ok: false, reason: `手机号码应为11位，现为${v.length}位` };
  if (!/^1[3-9]\d{9}$/.test(v)) return { ok: false, reason: '手机号码应以13–19开头' };
  return { ok: true, kind: 'mobile', normalized: v };
}

/**
 * Landline: 0 + area code + local number. Area codes are 010 and 02X (8-digit numbers) or a 4-digit 0XXX
 * (7–8 digit numbers); an extension may follow '转' or '#'. A bare 7–8 digit local number is accepted
 * as typed (a desk clerk in 日喀则 will often hear just that).
 */
export function checkLandline(s: string): PhoneCheck {
  const raw = String(s ?? '').trim();
  const [main, ext] = raw.split(/转|#|ext\.?/i);
  const v = stripPhone(main);
  const e = ext === undefined ? '' : stripPhone(ext);
  if (ext !== undefined && !/^\d{1,6}$/.test(e)) return { ok: false, reason: '分机号应为1–6位数字' };
  const suffix = e ? `转${e}` : '';
  if (/^0(10|2\d)\d{8}$/.test(v)) return { ok: true, kind: 'landline', normalized: `${v.slice(0, 3)}-${v.slice(3)}${suffix}` };
  if (/^0[3-9]\d{2}\d{7,8}$/.test(v)) return { ok: true, kind: 'landline', normalized: `${v.slice(0, 4)}-${v.slice(4)}${suffix}` };
  if (/^[2-9]\d{6,7}$/.test(v)) return { ok: true, kind: 'landline', normalized: v + suffix };
  if (!/^\d+$/.test(v)) return { ok: false, reason: '固定电话只能包含数字、区号分隔符“-”和分机号' };
  return { ok: false, reason: '固定电话格式不正确（例：0892-8823456）' };
}

/** Either kind of phone; the message names what was expected when neither fits. */
export function checkPhone(s: string): PhoneCheck {
  const v = stripPhone(s);
  if (v === '') return { ok: false, reason: '电话号码为空' };
  if (/^(\+?86)?1\d{10}$/.test(v)) return checkMobile(s);
  const land = checkLandline(s);
  if (land.ok) return land;
  return { ok: false, reason: '电话号码应为11位手机号码或固定电话（例：13800138000、0892-8823456）' };
}
