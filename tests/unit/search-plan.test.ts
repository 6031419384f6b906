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

describe('number search for a caller who may not unmask (issue #10: no oracle for the masked middle)', () => {
  it('looks a number up only by what its mask shows: the same keys whatever the hidden middle', () => {
    // Codes (c:, not personal data) are still looked up whole; personal numbers only through m: and t:.
    const personal = (q: string) => planSearch(q, 'visible')[0].filter((a) => a.kind === 'gram' && !a.term.startsWith('c:'));
    expect(personal('540202199912310019')).toEqual(personal('540202198503120019'));
    expect(planSearch('540202198503120019', 'visible')[0].every((a) => a.kind === 'gram' && /^[cmt]:/.test(a.term))).toBe(true);
    expect(personal('13908921200')).toEqual(personal('13900001200'));
    expect(planSearch('0019', 'visible')[0]).toContainEqual({ kind: 'gram', term: 't:0019' });
  });

  it('indexes IDs and phones by their visible parts, and codes whole', () => {
    const { terms } = intakeSearchTerms({
      regNoText: '2026-0012',
      externalNo: null,
      summary: '',
      projectName: null,
      parties: [{ name: '华建', creditCode: '91540202MA6T1X2K63', idNumber: null }],
      complainants: [{ name: '扎西', idNumber: '540202198503120019', phones: ['13908921200'], hometown: null }, { name: 'Lobsang', idNumber: 'E12345678', phones: [], hometown: null }],
    });
    expect(terms).toEqual(expect.arrayContaining(['m:540202********0019', 't:0019', 'm:139****1200', 't:1200', 'c:20260012', 'c:91540202ma6t1x2k63', 'm:e******78']));
    // A passport's mask shows two characters at the end, so no four-character tail is indexed for it.
    expect(terms).not.toContain('t:5678');
    expect(terms.filter((t) => t.startsWith('c:'))).toEqual(['c:91540202ma6t1x2k63', 'c:20260012']);
  });
});
