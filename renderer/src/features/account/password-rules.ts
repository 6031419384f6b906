// The password rule as the person reads it, and the checks a form makes before asking the core (which checks again).
import { checkPasswordStrength, PASSWORD_MIN } from '../../../../shared/domain/password';

export const PASSWORD_RULE = `至少${PASSWORD_MIN}位，须同时包含字母和数字，至少4个不同字符，不能含空格，不能含本人姓名`;

/** Field messages for a new password and its confirmation, or an empty object when both are fine. */
export function newPasswordProblems(password: string, confirm: string, personName: string, field = 'newPassword', confirmField = 'confirm'): Record<string, string> {
  const out: Record<string, string> = {};
  const strength = checkPasswordStrength(password, personName.trim() || undefined);
  if (!password) out[field] = '请输入密码';
  else if (!strength.ok) out[field] = strength.reason;
  if (confirm !== password) out[confirmField] = confirm ? '两次输入的密码不一致' : '请再输入一次新密码';
  return out;
}

// No 0/O, 1/l/I: a temporary password is read out or written on a slip.
const LETTERS = 'abcdefghjkmnpqrstuvwxyz';
const DIGITS = '23456789';

/** A temporary password the administrator can read out: six letters and four digits, random. */
export function generatePassword(personName = ''): string {
  const pick = (set: string, n: number) => {
    const bytes = crypto.getRandomValues(new Uint32Array(n));
    return [...bytes].map((b) => set[b % set.length]).join('');
  };
  for (;;) {
    const candidate = pick(LETTERS, 6) + pick(DIGITS, 4);
    if (checkPasswordStrength(candidate, personName || undefined).ok) return candidate;
  }
}
