import { describe, expect, it } from 'vitest';
import { caseTitle } from '../../shared/domain/case-title';

const EIGHT = ['扎西', '次仁', '格桑', '张伟', '达瓦', '尼玛', '旺堆', '索朗'];

describe('a case file’s title follows its complainants', () => {
  it('names the first complainant and counts the workers', () => {
    expect(caseTitle({ kind: 'complaint', complainantNames: EIGHT.slice(0, 2), workersCount: 12, partyNames: ['华建公司'] })).toBe('扎西等12人投诉华建公司');
    expect(caseTitle({ kind: 'complaint', complainantNames: ['扎西'], workersCount: 1, partyNames: [] })).toBe('扎西投诉（被投诉方待查）');
  });

  it('never counts fewer than it lists: eight named is “等8人”, whatever the count said', () => {
    expect(caseTitle({ kind: 'complaint', complainantNames: EIGHT, workersCount: 7, partyNames: ['华建公司'] })).toBe('扎西等8人投诉华建公司');
    expect(caseTitle({ kind: 'complaint', complainantNames: EIGHT.slice(0, 2), workersCount: 1, partyNames: ['华建公司'] })).toBe('扎西等2人投诉华建公司');
  });

  it('keeps a reporter out of it (监察条例 Art. 9)', () => {
    expect(caseTitle({ kind: 'report', complainantNames: ['扎西'], workersCount: 8, partyNames: ['吉祥藏餐馆'] })).toBe('举报吉祥藏餐馆');
  });
});
