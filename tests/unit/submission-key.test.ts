// The desk form's submission key: kept while the values are the same (a repeat after a lost answer is recognised),
// new as soon as anything changed (a changed registration is never answered with the old one).
import { describe, expect, it } from 'vitest';
import { submissionKeyFor } from '../../renderer/src/features/intakes/form/submission-key';

describe('submissionKeyFor', () => {
  let n = 0;
  const random = () => `0000000${++n}-aaaa-bbbb-cccc-dddddddddddd`;

  it('is the same key for the same values, a new one for changed values', () => {
    const first = submissionKeyFor(null, { summary: '欠薪', workersCount: 1 }, random);
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(submissionKeyFor(first, { summary: '欠薪', workersCount: 1 }, random).key).toBe(first.key);
    const changed = submissionKeyFor(first, { summary: '欠薪', workersCount: 2 }, random);
    expect(changed.key).not.toBe(first.key);
    expect(submissionKeyFor(null, { summary: '欠薪', workersCount: 1 }, random).key).not.toBe(first.key);
  });

  it('makes keys the contract accepts from crypto.randomUUID', () => {
    expect(submissionKeyFor(null, {}).key).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  });
});
