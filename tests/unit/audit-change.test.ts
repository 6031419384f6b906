// Audit rows of format 2 store what changed: an update's changed fields with before and after, a create's record
// once and without its empty fields — and the auditor's screen reads them back as 字段：旧 → 新, masked.
import { describe, expect, it } from 'vitest';
import { changedFields, compactChange } from '../../shared/domain/audit-change';
import { maskAuditChange } from '../../shared/domain/audit-actions';
import { maskIdNumber, maskNumbersInText, maskPhone } from '../../shared/domain/permissions';
import { changedLines } from '../../renderer/src/features/audit/audit-format';

describe('what a format-2 audit row stores', () => {
  it('keeps only the fields an update changed, each with its value before and after', () => {
    const change = compactChange('update', {
      unitId: 'unit-540200',
      before: { name: '监察科', capability: 'inspection', active: true, headStaffId: null },
      after: { name: '劳动保障监察科', capability: 'inspection', active: true, headStaffId: 's-1' },
    });
    expect(change).toEqual({ unitId: 'unit-540200', changed: { name: { from: '监察科', to: '劳动保障监察科' }, headStaffId: { from: null, to: 's-1' } } });
    // Nothing of the unchanged fields, and nothing twice.
    expect(JSON.stringify(change)).not.toContain('inspection');
  });

  it('compares lists and nested values whole, in canonical form, and names a field on one side only', () => {
    expect(changedFields({ roles: ['leader'], a: { x: 1, y: 2 } }, { roles: ['leader'], a: { y: 2, x: 1 }, note: '新' })).toEqual({ note: { from: null, to: '新' } });
    expect(changedFields({ roles: ['leader'] }, { roles: ['leader', 'inspector'] })).toEqual({ roles: { from: ['leader'], to: ['leader', 'inspector'] } });
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({});
  });

  it('stores a create once, without its empty fields; other changes as given', () => {
    expect(compactChange('create', { name: '扎西', note: null, rows: [{ personId: 'p', address: null }, null] })).toEqual({ name: '扎西', rows: [{ personId: 'p' }, null] });
    // A create of a record with a before of null (first entry of a year) is stored as given.
    expect(compactChange('enterYear', { before: null, after: { year: 2027 } })).toEqual({ before: null, after: { year: 2027 } });
    expect(compactChange('update', { title: { from: 'a', to: 'b' } })).toEqual({ title: { from: 'a', to: 'b' } });
    expect(compactChange('representativesChanged', { before: ['甲'], after: ['乙'] })).toEqual({ before: ['甲'], after: ['乙'] });
  });

  it('masks a changed ID number or phone under its field’s own name', () => {
    const mask = { id: (s: string) => maskIdNumber(s) ?? '', phone: maskPhone, text: maskNumbersInText };
    const masked = maskAuditChange({ changed: { idNumber: { from: '540202198503120019', to: '540202198503120027' }, phone: { from: '0892-8826000', to: null } } }, mask);
    expect(JSON.stringify(masked)).not.toMatch(/198503120019|8826000/);
  });

  it('reads on the auditor’s screen as one line per field, 字段：旧 → 新', () => {
    expect(changedLines('{"changed":{"name":{"from":"监察科","to":"劳动保障监察科"},"headStaffId":{"from":null,"to":"s-1"}}}')).toEqual(['name：监察科 → 劳动保障监察科', 'headStaffId：（空） → s-1']);
    expect(changedLines('{"changed":{}}')).toEqual(['（无字段变化）']);
    expect(changedLines('{"name":"某公司"}')).toBeNull();
    expect(changedLines('not json')).toBeNull();
  });
});
