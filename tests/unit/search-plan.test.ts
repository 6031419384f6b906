import { describe, expect, it } from 'vitest';
import { ftsPhrase, planSearch, rankTerms } from '../../electron/core/search/query';
import { intakeSearchTerms, isUnindexedWord, normalizeForSearch, numberParts } from '../../electron/core/search/terms';

describe('search planning: short terms never reach FTS5 trigram (which matches nothing under 3 characters)', () => {
  it('sends 1–2 character CJK terms to the gram index and longer ones to FTS', () => {
    expect(planSearch('扎西')).toEqual([[{ kind: 'term', term: 'g:扎西' }]]);
    expect(planSearch('扎')).toEqual([[{ kind: 'term', term: 'g:扎' }]]);
    expect(planSearch('次仁卓玛')).toEqual([[{ kind: 'fts', phrase: '次仁卓玛' }]]);
  });

  it('sends Latin letters to pinyin prefixes, digits to number prefixes', () => {
    expect(planSearch('ZX')).toEqual([[{ kind: 'prefix', prefix: 'py:zx' }, { kind: 'prefix', prefix: 'pf:zx' }, { kind: 'term', term: 'g:zx' }]]);
    expect(planSearch('5402')[0]).toEqual([{ kind: 'term', term: 'n:5402' }, { kind: 'term', term: 'c:5402' }, { kind: 'term', term: 't:5402' }]);
    // A prefix longer than an indexed head goes through the longest head for IDs (14/10/6) and for phones (7).
    expect(planSearch('540202198503')[0]).toContainEqual({ kind: 'head', term: 'n:5402021985', confirm: '540202198503' });
    expect(planSearch('13908921')[0]).toContainEqual({ kind: 'head', term: 'n:1390892', confirm: '13908921' });
    // A prefix as long as an ID head is that head's term; an ID of exactly its length by its masked form, not the shorter head.
    expect(planSearch('5402021985')[0]).toContainEqual({ kind: 'term', term: 'n:5402021985' });
    expect(planSearch('5402021985')[0]).toContainEqual({ kind: 'head', term: 'm:5*******85', confirm: '5402021985' });
    expect(planSearch('54020219850314')[0]).toContainEqual({ kind: 'head', term: 'm:5***********14', confirm: '54020219850314' });
    expect(planSearch('5402021985')[0].some((p) => p.kind === 'head' && p.term === 'n:540202')).toBe(false);
    // Digits never go to FTS: the number terms answer them.
    expect(planSearch('540202198503')[0].some((a) => a.kind === 'fts')).toBe(false);
  });

  it('ANDs tokens and quotes FTS phrases safely', () => {
    expect(planSearch('  扎西   华建 ')).toHaveLength(2);
    expect(ftsPhrase('a"b')).toBe('"a""b"');
    expect(planSearch('   ')).toEqual([]);
    expect(rankTerms('扎西 华建建筑')).toEqual({ exact: 'x:扎西', prefix: 'b:扎西' });
    expect(rankTerms('5402')).toBeNull();
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
    expect(terms).toEqual(expect.arrayContaining(['g:次仁', 'g:卓玛', 'g:次', 'x:次仁卓玛', 'b:次仁', 'b:次仁卓', 'py:crzm', 'py:zm', 'pf:cirenzhuoma', 'n:540202', 'n:5402021985', 'n:54020219850312', 'n:1390892', 'c:20260015', 'c:2026', 'c:0015', 'c:15', 'py:hjgs', 'g:华建', 'x:华建公司']));
    // Personal numbers by their heads only (rules version 5): the whole is found through its longest head.
    expect(terms).not.toContain('n:540202198503120019');
    expect(terms).not.toContain('n:13908921234');
    expect(terms).not.toContain('b:次仁卓玛');
    expect(terms).not.toContain('py:m');
    expect(body).toContain('工资未付');
    expect(normalizeForSearch(' Ｈｕａ－Jian ')).toBe('huajian');
  });

  it('indexes a number shorter than every head whole, and every number whole for the pickers', () => {
    const short = intakeSearchTerms({ regNoText: '', externalNo: null, summary: '', projectName: null, parties: [], complainants: [{ name: '扎西', idNumber: '54020', phones: ['8823456'], hometown: null }] });
    expect(short.terms).toEqual(expect.arrayContaining(['n:54020', 'n:8823456']));
    const picker = intakeSearchTerms({ regNoText: '', externalNo: null, summary: '', projectName: null, parties: [{ name: '王德发', creditCode: null, idNumber: '620102198701010384' }], complainants: [], wholeNumbers: true });
    expect(picker.terms).toEqual(expect.arrayContaining(['n:620102198701010384', 'n:62010219870101']));
  });
});

describe('number search for a caller who may not unmask (issue #10: no oracle for the masked middle)', () => {
  it('looks a number up only by what its mask shows: the same keys whatever the hidden middle', () => {
    // Codes (c:, not personal data) are still looked up whole; personal numbers only through m: and t:.
    const personal = (q: string) => planSearch(q, 'visible')[0].filter((a) => a.kind === 'term' && !a.term.startsWith('c:'));
    expect(personal('540202199912310019')).toEqual(personal('540202198503120019'));
    expect(planSearch('540202198503120019', 'visible')[0].every((a) => a.kind === 'term' && /^[cmt]:/.test(a.term))).toBe(true);
    expect(personal('13908921200')).toEqual(personal('13900001200'));
    expect(planSearch('0019', 'visible')[0]).toContainEqual({ kind: 'term', term: 't:0019' });
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
    expect(terms.filter((t) => t.startsWith('c:'))).toEqual(['c:91540202ma6t1x2k63', 'c:20260012', 'c:2026', 'c:0012', 'c:12']);
  });
});

describe('numbers by their parts', () => {
  it('splits a case number, a registration number and a document number into what a person reads', () => {
    expect(numberParts('日人社仲案〔2016〕191号')).toEqual(['2016', '191', '2016191']);
    expect(numberParts('2026-0015')).toEqual(['2026', '0015', '15', '20260015']);
    expect(numberParts('日人社监罚字〔2026〕第007号')).toEqual(['2026', '007', '2026007']);
    expect(numberParts('91540202MA6T1X2K63')).toEqual([]);
    const { terms, body } = intakeSearchTerms({ regNoText: '2026-0001', externalNo: null, summary: '', projectName: null, parties: [], complainants: [], fileNumbers: ['日人社仲案〔2016〕191号'] });
    expect(terms).toEqual(expect.arrayContaining(['c:日人社仲案2016191号', 'c:2016191', 'c:2016', 'c:191']));
    expect(body).toContain('日人社仲案2016191号');
  });
});

describe('the FTS body without numbers (docs/performance.md, "Numbers out of the trigram index")', () => {
  it('keeps out of the FTS body only words no FTS phrase can match inside, and keeps them for confirming a number head', () => {
    const { body, numbers } = intakeSearchTerms({
      regNoText: '2026-0015',
      externalNo: 'GDabc2026-7',
      summary: '欠薪3万元',
      projectName: '江孜县安置房项目（2016-3）',
      parties: [{ name: '华建公司', creditCode: '91540202MA6T1X2K63', idNumber: null }],
      complainants: [{ name: '次仁卓玛', idNumber: '54020219850312001X', phones: ['139 0892 1234'], hometown: '日喀则' }],
      fileNumbers: ['日人社仲案〔2016〕191号'],
    });
    expect(numbers.split(' ')).toEqual(['20260015', '91540202ma6t1x2k63', '54020219850312001x', '13908921234']);
    // A work-order number with three letters in a row stays in the FTS body (the query "gdabc" is a phrase).
    expect(body.split(' ')).toEqual(['gdabc20267', '欠薪3万元', '江孜县安置房项目20163', '华建公司', '次仁卓玛', '日喀则', '日人社仲案2016191号']);
    // Every phrase a query can send to FTS is a token that is not a number: none lies inside a word kept out.
    for (const w of numbers.split(' ')) {
      expect(isUnindexedWord(w)).toBe(true);
      for (let i = 0; i + 3 <= w.length; i++) expect(planSearch(w.slice(i, i + 3))[0].some((p) => p.kind === 'fts'), w.slice(i, i + 3)).toBe(false);
    }
    for (const w of ['abc1', 'x12abc', '扎西', 'gdabc']) expect(isUnindexedWord(w), w).toBe(false);
    for (const w of ['2026', 'ab12cd', '13908921234']) expect(isUnindexedWord(w), w).toBe(true);
  });
});
