import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkCreditCode,
  checkLandline,
  checkMobile,
  checkPhone,
  checkResidentId,
  creditCodeCheckChar,
  orgCodeCheckChar,
  residentIdCheckChar,
} from '../../shared/domain/identity';

describe('checkResidentId (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'F', '110105'],
    ['440524188001010014', '1880-01-01', 'M', '440524'],
    ['370101190102039973', '1901-02-03', 'M', '370101'],
    ['34052419800101001X', '1980-01-01', 'M', '340524'],
  ])('accepts the DOMAIN.md §5.1 vector %s', (id, birthDate, sex, regionCode) => {
    expect(checkResidentId(id)).toEqual({ ok: true, birthDate, sex, regionCode });
  });

  it('trims and accepts a lower-case x', () => {
    expect(checkResidentId('  11010519491231002x ')).toMatchObject({ ok: true, birthDate: '1949-12-31' });
  });

  it('reads a 日喀则 (540202) ID with an even sequence digit as female', () => {
    const first17 = '54020219900615002';
    const id = first17 + residentIdCheckChar(first17);
    expect(checkResidentId(id)).toEqual({ ok: true, birthDate: '1990-06-15', sex: 'F', regionCode: '540202' });
  });

  it('accepts the legacy 15-digit form with birth year 19YY and sex from digit 15', () => {
    expect(checkResidentId('540202650312151')).toEqual({
      ok: true,
      birthDate: '1965-03-12',
      sex: 'M',
      regionCode: '540202',
    });
    expect(checkResidentId('540202650312152')).toMatchObject({ ok: true, sex: 'F' });
  });

  it('refuses a wrong check character and says which one is expected', () => {
    const r = checkResidentId('110105194912310021');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('最后一位应为 X');
  });

  it.each([
    ['54020219900230001', '2月30日'],
    ['54020219901301001', '13月'],
    ['54020219000229001', '1900 is not a leap year'],
    ['54020219900100001', 'day 00'],
  ])('refuses the impossible date in %s (%s)', (first17) => {
    const id = first17 + residentIdCheckChar(first17);
    const r = checkResidentId(id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/出生日期/);
  });

  it('accepts 29 February in a leap year (2000)', () => {
    const first17 = '54020220000229001';
    expect(checkResidentId(first17 + residentIdCheckChar(first17)).ok).toBe(true);
  });

  it('refuses an impossible legacy date', () => {
    expect(checkResidentId('540202650230151').ok).toBe(false);
  });

  it.each([
    ['', '为空'],
    ['1101051949123100', '应为18位'],
    ['1101051949123100211', '应为18位'],
    ['11010519491231002Y', '17位数字'],
    ['1101051949X231002X', '17位数字'],
    ['54020265031215X', '15位'],
    ['001051194912310021', '地址码'],
    ['991051194912310021', '地址码'],
  ])('refuses %j with a Chinese reason', (id, fragment) => {
    const r = checkResidentId(id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(fragment);
  });

  const validId = fc
    .record({
      region: fc.constantFrom('110105', '540202', '540221', '440524', '510104', '650102'),
      date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
      seq: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ region, date, seq }) => {
      const first17 = region + date.toISOString().slice(0, 10).replace(/-/g, '') + String(seq).padStart(3, '0');
      return first17 + residentIdCheckChar(first17);
    });

  it('accepts every well-formed ID and reports its birth date and sex', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const r = checkResidentId(id);
        expect(r).toMatchObject({
          ok: true,
          birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
          sex: Number(id[16]) % 2 ? 'M' : 'F',
        });
      }),
    );
  });

  it('detects every single-digit substitution (MOD 11-2)', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const changed = String((Number(id[pos]) + delta) % 10);
        const bad = id.slice(0, pos) + changed + id.slice(pos + 1);
        expect(checkResidentId(bad).ok).toBe(false);
      }),
    );
  });

  it('detects every transposition of two different adjacent digits', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 15 }), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const bad = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(checkResidentId(bad).ok).toBe(false);
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = checkResidentId(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('checkCreditCode (GB 32100-2015)', () => {
  it('accepts the DOMAIN.md §5.2 vector 91512081MA62K0260E', () => {
    expect(checkCreditCode('91512081MA62K0260E')).toEqual({ ok: true });
    expect(creditCodeCheckChar('91512081MA62K0260')).toBe('E');
  });

  it('computes the embedded 组织机构代码 check for MA62K0260 as 0', () => {
    expect(orgCodeCheckChar('MA62K026')).toBe('0');
  });

  it('refuses the broken example 91310115MA1G4L1WXK', () => {
    expect(checkCreditCode('91310115MA1G4L1WXK').ok).toBe(false);
  });

  it('trims and upper-cases input', () => {
    expect(checkCreditCode(' 91512081ma62k0260e ').ok).toBe(true);
  });

  it.each([
    ['', '为空'],
    ['91512081MA62K0260', '18位'],
    ['91512081MA62K0260EE', '18位'],
    ['91512081MA62K026OE', '“O”'],
    ['91512081MA62K026IE', '“I”'],
    ['B1512081MA62K0260E', '登记管理部门码'],
    ['915120A1MA62K0260E', '行政区划'],
    ['91512081MA62K0261E', '组织机构代码'],
    ['91512081MA62K0260F', '最后一位应为 E'],
  ])('refuses %j with a Chinese reason containing %j', (code, fragment) => {
    const r = checkCreditCode(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(fragment);
  });

  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const validCode = fc
    .record({
      head: fc.constantFrom('91', '92', '93', '11', '12', '51', '52', '53', 'Y1'),
      region: fc.constantFrom('540200', '540202', '510104', '110105'),
      org8: fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWY'), { minLength: 8, maxLength: 8 }),
    })
    .map(({ head, region, org8 }) => {
      const o = org8.join('');
      const first17 = head + region + o + orgCodeCheckChar(o);
      return first17 + creditCodeCheckChar(first17);
    })
    .filter((c) => [...c].every((ch) => charset.includes(ch)));

  it('accepts every code built by the algorithm', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(checkCreditCode(code)).toEqual({ ok: true });
      }),
    );
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...charset), (code, pos, ch) => {
        fc.pre(code[pos] !== ch);
        expect(checkCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).ok).toBe(false);
      }),
    );
  });
});

describe('phones (DOMAIN.md §5.3)', () => {
  it.each(['13800138000', '138 0013 8000', '138-0013-8000', '+8613800138000', '8613800138000', '19212345678'])(
    'accepts the mobile %j',
    (p) => expect(checkMobile(p)).toEqual({ ok: true, kind: 'mobile', normalized: p.includes('1921') ? '19212345678' : '13800138000' }),
  );

  it.each([
    ['12800138000', '13–19'],
    ['1380013800', '11位'],
    ['138001380001', '11位'],
    ['1380013800a', '数字'],
  ])('refuses the mobile %j', (p, fragment) => {
    const r = checkMobile(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(fragment);
  });

  it.each([
    ['0892-8823456', '0892-8823456'],
    ['08928823456', '0892-8823456'],
    ['010-12345678', '010-12345678'],
    ['(0891)6321234', '0891-6321234'],
    ['0892-8823456转123', '0892-8823456转123'],
    ['8823456', '8823456'],
  ])('accepts the landline %j as %j', (p, normalized) => {
    expect(checkLandline(p)).toEqual({ ok: true, kind: 'landline', normalized });
  });

  it.each(['010-1234567', '0892-882345', '12345', '0892-8823456转abc'])('refuses the landline %j', (p) => {
    expect(checkLandline(p).ok).toBe(false);
  });

  it('checkPhone takes either kind and explains what it expected', () => {
    expect(checkPhone('13800138000')).toMatchObject({ ok: true, kind: 'mobile' });
    expect(checkPhone('0892-8823456')).toMatchObject({ ok: true, kind: 'landline' });
    const r = checkPhone('abc');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('手机号码或固定电话');
    expect(checkPhone('12800138000').ok).toBe(false);
  });
});
