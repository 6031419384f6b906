// What a password must be. The law is silent on the rule itself; GB/T 22239-2019 (等保 2.0) asks for identification
// with complexity requirements and periodic change, so: at least 8 characters, letters and digits both, not all one
// character, and not the person's own name. Passwords are stored only as Argon2id hashes (core/accounts).

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function checkPasswordStrength(password: string, name?: string): { ok: true } | { ok: false; reason: string } {
  if (password.length < PASSWORD_MIN) return { ok: false, reason: `密码至少${PASSWORD_MIN}位` };
  if (password.length > PASSWORD_MAX) return { ok: false, reason: `密码不能超过${PASSWORD_MAX}位` };
  if (/\s/.test(password)) return { ok: false, reason: '密码不能包含空格' };
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return { ok: false, reason: '密码须同时包含字母和数字' };
  if (new Set(password).size < 4) return { ok: false, reason: '密码过于简单，请至少使用4个不同的字符' };
  if (name && password.toLowerCase().includes(name.toLowerCase().replace(/\s+/g, ''))) return { ok: false, reason: '密码不能包含本人姓名' };
  return { ok: true };
}
