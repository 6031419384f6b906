// The demo shows the employer view with something to see: the builder of its group complaint stands in earlier files
// of the demo (the 交办 on its other projects, single workers' complaints), so its page is marked 重复欠薪; its 包工头
// is linked, not merged.
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { demoCore, signInAs } from '../helpers/core';

it('the demo’s group-complaint builder is a repeat offender on its employer page', async () => {
  const t = await demoCore();
  const leader = await signInAs(t.core, '李强', DEMO_PASSWORD);
  const [hit] = (await leader.call('employers.search', { query: '雪域建筑工程有限公司' })).hits;
  expect(hit).toMatchObject({ name: '日喀则市雪域建筑工程有限公司', creditCode: '91540202MA6T1X2K63' });
  const v = await leader.call('employers.get', hit!.subject);
  expect(v.repeat).toBe(true);
  expect(v.files.length).toBeGreaterThanOrEqual(3);
  expect(v.files[0]!.parties).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: '日喀则市雪域建筑工程有限公司', role: 'generalContractor', subject: true }), expect.objectContaining({ name: '王德发', role: 'laborTeam' })]),
  );
  expect(v.linked).toEqual(expect.arrayContaining([expect.objectContaining({ name: '王德发', relation: 'party', roles: ['laborTeam'] })]));
  expect(v.totals.claimedFen).toBeGreaterThan(0);
});
