// When two names on file are one employer (shared/domain/employer-names.ts): the variants the desk types are one unit,
// a branch is linked and not merged, a different company with a similar name stays apart, and a person is one person
// only by the ID number.
import { describe, expect, it } from 'vitest';
import { branchOf, foldName, isRepeatOffender, lookupKey, nameAnswersQuery, nameQueryKey, partyRelation, personNameKey, projectNameKey, unitNameKey, type NamedParty } from '../../shared/domain/employer-names';

const unit = (name: string, creditCode: string | null = null): NamedParty => ({ kind: 'organisation', name, creditCode, idNumber: null });
const person = (name: string, idNumber: string | null = null): NamedParty => ({ kind: 'individual', name, creditCode: null, idNumber });

const XUEYU = '日喀则市雪域建筑工程有限公司';

describe('a unit’s name variants', () => {
  it('folds width, brackets, spaces and Latin case', () => {
    expect(foldName(' 日喀则市雪域（集团）建筑　工程 Ａb 有限公司 ')).toBe('日喀则市雪域集团建筑工程ab有限公司');
    expect(unitNameKey('日喀则市雪域(集团)建筑工程有限公司')).toBe(unitNameKey('日喀则市雪域（集团）建筑工程有限公司'));
  });

  it('is one unit with or without its 有限公司 / 有限责任公司 / 股份有限公司 / 公司 ending', () => {
    for (const variant of ['日喀则市雪域建筑工程有限责任公司', '日喀则市雪域建筑工程公司', '日喀则市雪域建筑工程', '日喀则市雪域建筑工程股份有限公司', ' 日喀则市 雪域建筑工程有限公司']) {
      expect(partyRelation(unit(XUEYU), unit(variant)), variant).toBe('same');
    }
    expect(unitNameKey(XUEYU)).toBe('日喀则市雪域建筑工程');
  });

  it('keeps apart a different company whose name is only similar', () => {
    expect(partyRelation(unit(XUEYU), unit('日喀则市雪域建筑劳务有限公司'))).toBeNull();
    expect(partyRelation(unit(XUEYU), unit('雪域建筑工程有限公司'))).toBeNull(); // the place left out: maybe another company
    expect(partyRelation(unit(XUEYU), unit('日喀则市雪域建筑工程设计有限公司'))).toBeNull();
    expect(partyRelation(unit(XUEYU), unit('日喀则市雪玉建筑工程有限公司'))).toBeNull(); // a homophone: not caught
  });

  it('keeps apart two registered units whose names differ only in the ending but whose credit codes differ', () => {
    expect(partyRelation(unit(XUEYU, '91540202MA6T1X2K63'), unit('日喀则市雪域建筑工程公司', '91512081MA62K0260E'))).toBeNull();
    expect(partyRelation(unit(XUEYU, '91540202MA6T1X2K63'), unit('日喀则市雪域建筑工程公司'))).toBe('same');
    expect(partyRelation(unit('旧名称有限公司', '91540202MA6T1X2K63'), unit('新名称有限公司', '91540202MA6T1X2K63'))).toBe('same');
  });

  it('links a 分公司 to its parent and to the parent’s other branches, and merges two spellings of one branch', () => {
    expect(branchOf('日喀则市雪域建筑工程有限公司江孜分公司')).toEqual({ parentKey: '日喀则市雪域建筑工程', branch: '江孜' });
    expect(branchOf('日喀则市雪域建筑工程有限公司（江孜分公司）')).toEqual({ parentKey: '日喀则市雪域建筑工程', branch: '江孜' });
    expect(branchOf(XUEYU)).toBeNull();
    expect(branchOf('分公司')).toBeNull();
    expect(partyRelation(unit(XUEYU), unit('日喀则市雪域建筑工程有限公司江孜分公司', '91540222MA6TR2N898'))).toBe('branch');
    expect(partyRelation(unit('日喀则市雪域建筑工程有限公司江孜分公司'), unit('日喀则市雪域建筑工程公司'))).toBe('branch');
    expect(partyRelation(unit('日喀则市雪域建筑工程有限公司江孜分公司'), unit('日喀则市雪域建筑工程有限公司拉孜分公司'))).toBe('branch');
    expect(partyRelation(unit('日喀则市雪域建筑工程有限公司江孜分公司'), unit('日喀则市雪域建筑工程公司(江孜分公司)'))).toBe('same');
    expect(partyRelation(unit('日喀则市雪域建筑劳务有限公司江孜分公司'), unit(XUEYU))).toBeNull();
  });

  it('looks up by a part every related name contains', () => {
    expect(lookupKey(unit(XUEYU))).toBe('日喀则市雪域建筑工程');
    expect(lookupKey(unit('日喀则市雪域建筑工程有限公司（江孜分公司）'))).toBe('日喀则市雪域建筑工程');
    for (const related of ['日喀则市雪域建筑工程公司', '日喀则市雪域建筑工程有限公司拉孜分公司', '日喀则市雪域建筑工程有限责任公司']) {
      expect(foldName(related)).toContain(lookupKey(unit(XUEYU)));
    }
  });
});

describe('a person’s name', () => {
  it('ignores spaces and middle dots', () => {
    expect(personNameKey('王 德发')).toBe('王德发');
    expect(personNameKey('扎西·次仁')).toBe(personNameKey('扎西次仁'));
  });

  it('makes two individuals one only by the ID number; the same name alone is a hint, a different ID rules it out', () => {
    expect(partyRelation(person('王德发', '620102198701010384'), person('王 德发', '620102198701010384'))).toBe('same');
    expect(partyRelation(person('王德发', '620102198701010384'), person('王德发', '62010219870101038x'.toUpperCase()))).toBeNull();
    expect(partyRelation(person('王德发', '620102198701010384'), person('王 德发'))).toBe('sameName');
    expect(partyRelation(person('王德发'), person('王德'))).toBeNull();
    expect(lookupKey(person('王 德发'))).toBe('王德发');
  });
});

describe('what a typed name searches for', () => {
  it('drops the legal-form ending and spaces, and matches as a part of the name', () => {
    expect(nameQueryKey('雪域建筑工程有限公司')).toBe('雪域建筑工程');
    expect(nameAnswersQuery('日喀则市雪域建筑工程公司', nameQueryKey('雪域建筑工程有限公司'))).toBe(true);
    expect(nameAnswersQuery('王德发', nameQueryKey('王 德发'))).toBe(true);
    expect(nameAnswersQuery('日喀则市雪域建筑劳务有限公司', nameQueryKey('雪域建筑工程'))).toBe(false);
    expect(nameQueryKey('有限公司')).toBe('');
    expect(nameAnswersQuery('任何有限公司', nameQueryKey('有限公司'))).toBe(false);
  });

  it('folds a project’s brackets and width', () => {
    expect(projectNameKey('桑珠孜区安居房项目（二期）')).toBe(projectNameKey('桑珠孜区安居房项目(二期) '));
    expect(projectNameKey('桑珠孜区安居房项目（二期）')).not.toBe(projectNameKey('桑珠孜区安居房项目（三期）'));
  });
});

describe('重复欠薪', () => {
  it('needs two case files or more', () => {
    expect(isRepeatOffender(0)).toBe(false);
    expect(isRepeatOffender(1)).toBe(false);
    expect(isRepeatOffender(2)).toBe(true);
  });
});
