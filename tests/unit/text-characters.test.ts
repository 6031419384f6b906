// What a name or a free text may hold (issue #10, item 6). Invisible characters in a name make two people look
// like one on screen and in print (a bidi override shows "扎西" for what is stored reversed), and a lone surrogate
// is not text at all: SQLite stores it as U+FFFD, so the row would no longer be what was entered and audited.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCharacterProblem, textCharacterProblem } from '../../shared/domain/text-characters';
import { complainantInput } from '../../shared/contract/intakes';
import { partyCreateInput } from '../../shared/contract/parties';
import { staffFields } from '../../shared/contract/reference';

/** encodeURIComponent refuses exactly the strings that hold a lone surrogate. */
function wellFormed(s: string): boolean {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

describe('names', () => {
  it.each([
    ['扎西顿珠'],
    ['阿卜杜热合曼·艾买提'],
    ['བཀྲ་ཤིས་'],
    ['ئابدۇرېھىم'],
    ['𠮷田'], // a CJK Extension B character: one character, two UTF-16 units
    ['ZHANG San'],
    ['日喀则市华建建筑工程有限公司（分公司）'],
  ])('accepts %s', (name) => {
    expect(nameCharacterProblem(name, '姓名')).toBeNull();
  });

  it.each([
    ['扎\u202e西', 2, '文字方向控制符'],
    ['扎西\u2066', 3, '文字方向控制符'],
    ['扎西\u200f', 3, '文字方向控制符'],
    ['扎\u0007西', 2, '控制字符'],
    ['扎\n西', 2, '控制字符'],
    ['扎西\t', 3, '控制字符'],
    ['扎\u0085西', 2, '控制字符'],
    ['扎\u200b西', 2, '不可见字符'],
    ['扎\ud800西', 2, '不完整'],
    ['扎西\udc00', 3, '不完整'],
  ])('refuses %j, naming the character by its place', (name, place, kind) => {
    const problem = nameCharacterProblem(name, '姓名');
    expect(problem).toContain(`第${place}个字`);
    expect(problem).toContain(kind);
    expect(problem).toMatch(/^姓名/);
  });

  it('finds every lone surrogate, and no well-formed text is refused as one', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => !(textCharacterProblem(s, '备注') ?? '').includes('不完整')));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => (textCharacterProblem(s, '备注')?.includes('不完整') ?? false) === !wellFormed(s)));
  });
});

describe('free text', () => {
  it('keeps line breaks and tabs, and refuses other control characters and lone surrogates', () => {
    expect(textCharacterProblem('第一行\n第二行\t（续）', '备注')).toBeNull();
    expect(textCharacterProblem('مرحبا \u202bنص\u202c', '备注')).toBeNull();
    expect(textCharacterProblem('欠薪\u0000三个月', '备注')).toContain('控制字符');
    expect(textCharacterProblem('欠薪\r\n三个月', '备注')).toContain('控制字符');
    expect(textCharacterProblem('欠薪\udfff', '备注')).toContain('不完整');
  });
});

describe('the contract', () => {
  it('refuses such names for complainants, parties, legal representatives and staff, and such free text anywhere', () => {
    const worker = { name: '扎\u202e西', idType: 'none', idMissingReason: '未带证件' };
    expect(complainantInput.safeParse(worker).error?.issues[0]).toMatchObject({ path: ['name'], message: expect.stringContaining('文字方向控制符') });
    expect(complainantInput.safeParse({ ...worker, name: '扎西', note: '\ud83d' }).error?.issues[0]).toMatchObject({ path: ['note'] });
    expect(complainantInput.safeParse({ ...worker, name: '扎西', note: '第一行\n第二行' }).success).toBe(true);
    expect(partyCreateInput.safeParse({ kind: 'organisation', name: '华建\u0008公司' }).error?.issues[0].path).toEqual(['name']);
    expect(partyCreateInput.safeParse({ kind: 'organisation', name: '华建公司', legalRepName: '王\u2067建国' }).error?.issues[0].path).toEqual(['legalRepName']);
    const staff = staffFields.safeParse({ name: '普布\u202d次仁', departmentId: null, roles: ['receptionist'], employment: 'fullTime' });
    expect(staff.error?.issues[0].path).toEqual(['name']);
  });
});
