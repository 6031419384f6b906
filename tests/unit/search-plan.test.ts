import { describe, expect, it } from 'vitest';
import { ftsPhrase, intakeMatchSql, planSearch } from '../../electron/core/search/query';
import { intakeSearchTerms, normalizeForSearch } from '../../electron/core/search/terms';

describe('search planning: short terms never reach FTS5 trigram (which matches nothing under 3 characters)', () => {
  it('sends 1–2 character CJK terms to the gram index and longer ones to FTS', () => {
    expect(planSearch('扎西')).toEqual([[{ kind: 'gram', term: 'g:扎西' }]]);
    expect(planSearch('扎')).toEqual([[{ kind: 'gram', term: 'g:扎' }]]);
    expect(planSearch('次仁卓玛')).toEqual([[{ kind: 'fts', phrase: '次仁卓玛' }]]);
  });

  it('sends Latin letters to pinyin prefixes, digits to number prefixes', () => {
    expect(planSearch('ZX')).toEqual([[{ kind: 'prefix', prefix: 'py:zx' }, { kind: 'prefix', prefix: 'pf:zx' }, { kind: 'gram', term: 'g:zx' }]]);
    expect(planSearch('5402')[0][0]).toEqual({ kind: 'prefix', prefix: 'n:5402' });
  });

  it('ANDs tokens and quotes FTS phrases safely', () => {
    expect(planSearch('  扎西   华建 ')).toHaveLength(2);
    expect(ftsPhrase('a"b')).toBe('"a""b"');
    expect(intakeMatchSql('   ')).toBeNull();
    expect(intakeMatchSql('扎西 华建建筑')!.sql).toContain('INTERSECT');
  });

  it('indexes grams, pinyin initials and their tails, full pinyin and numbers', () => {
    const { terms, body } = intakeSearchTerms({
      regNoText: '2026-0015',
      externalNo: 'GD2026',
      summary: '工资未付',
      projectName: null,
      parties: [{ name: '华建公司', creditCode: null, idNumber: null }],
      complainants: [{ name: '次仁卓玛', idNumber: '540202198503120019', phones: ['139 0892 1234'], hometown: null }],
    });
    expect(terms).toEqual(expect.arrayContaining(['g:次仁', 'g:卓玛', 'g:次', 'py:crzm', 'py:zm', 'pf:cirenzhuoma', 'n:540202198503120019', 'n:13908921234', 'n:gd2026', 'n:20260015', 'py:hjgs', 'g:华建']));
    expect(terms).not.toContain('py:m');
    expect(body).toContain('工资未付');
    expect(normalizeForSearch(' Ｈｕａ－Jian ')).toBe('huajian');
  });
});
