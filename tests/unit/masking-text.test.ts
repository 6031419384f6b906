// Numbers in free text masked by the same rule as the fields that hold them (shared/domain/permissions.ts).
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskNumbersInText, maskPhone } from '../../shared/domain/permissions';

describe('maskNumbersInText', () => {
  it('masks 18- and 15-digit resident IDs and 11-digit mobiles as the fields are masked', () => {
    expect(maskNumbersInText('身份证540202198503120019，电话13908921200')).toBe(`身份证${maskIdNumber('540202198503120019')}，电话${maskPhone('13908921200')}`);
    expect(maskNumbersInText('旧证540202850312001')).toBe('旧证540202*****2001');
    expect(maskNumbersInText('62010219870101038x')).toBe('620102********038x');
  });

  it('leaves other numbers alone: amounts, dates, epoch instants, hashes, longer runs', () => {
    for (const s of ['1280000', '2026-11-25', '1795000000000', 'a3f1c0d2e4b5968778695a4b3c2d1e0f', '1234567890123456789012', '工资12000元', '2026-0012']) {
      expect(maskNumbersInText(s)).toBe(s);
    }
    // A mobile is 1[3-9] and eleven digits; 10… is not a mobile.
    expect(maskNumbersInText('10000000000')).toBe('10000000000');
  });

  it('masks numbers next to letters of other scripts but not inside longer runs of digits or Latin letters', () => {
    expect(maskNumbersInText('tel:13908921200')).toBe('tel:139****1200');
    expect(maskNumbersInText('x13908921200')).toBe('x13908921200');
    expect(maskNumbersInText('913908921200')).toBe('913908921200');
  });
});
