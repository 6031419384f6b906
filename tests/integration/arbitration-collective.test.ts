// The collective case (调解仲裁法 Art. 7; 办案规则 Arts. 62–63) through dispatch: ten workers elect 3–5 representatives
// among themselves — two or six refused with the rule, a non-worker refused, fewer than ten workers refused; a change
// of representatives, a withdrawal and a settlement refused until the represented workers' consent is recorded (the
// refusal names who has not consented), then taken, the consent used once; a 系列案 refused once representatives stand.
import { describe, expect, it } from 'vitest';
import { businessCounts, testCore } from '../helpers/core';
import { groupFile } from '../helpers/arbitration-groups';
import type { ConsentAct } from '../../shared/domain/arbitration-group';

const RULE = '《劳动争议调解仲裁法》第七条；《劳动人事争议仲裁办案规则》第六十三条';

describe('a collective case of ten workers', () => {
  it('elects three to five representatives among the workers, and only then', async () => {
    const t = await testCore();
    const small = await groupFile(t, 3);
    expect((await small.group()).representativesBlockedBy).toBe(`集体争议须有10名以上劳动者并有共同请求，本案只有3名申请人，不能推举代表人（${RULE}）`);

    const f = await groupFile(t, 10, { leader: '李强' });
    const g = await f.group();
    expect(g).toMatchObject({ collective: true, representatives: [], representativesBlockedBy: null });
    const ids = g.applicants.map((a) => a.id);
    const respondentId = (await f.application()).respondents[0]!.id;
    const counts = businessCounts(t.core);
    const elect = (chosen: string[]) => f.arbitrator.invoke('arbitration.setRepresentatives', { proceedingId: f.proceedingId, date: '2026-11-25', proceedingPartyIds: chosen });
    expect(await elect(ids.slice(0, 2))).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { proceedingPartyIds: `集体争议的代表人应为3至5名，现只选择了2名（${RULE}）` } } });
    expect(await elect(ids.slice(0, 6))).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { proceedingPartyIds: `集体争议的代表人应为3至5名，现选择了6名（${RULE}）` } } });
    expect(await elect([ids[0]!, ids[1]!, respondentId])).toMatchObject({ ok: false, error: { fields: { proceedingPartyIds: '代表人应当从本案的申请人（劳动者）中推举' } } });
    expect(await small.arbitrator.invoke('arbitration.setRepresentatives', { proceedingId: small.proceedingId, date: '2026-11-25', proceedingPartyIds: ids.slice(0, 3) })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED' },
    });
    expect(businessCounts(t.core)).toEqual(counts);

    const elected = await f.arbitrator.call('arbitration.setRepresentatives', { proceedingId: f.proceedingId, date: '2026-11-25', proceedingPartyIds: ids.slice(0, 3) });
    expect(elected.representatives.map((r) => r.name)).toEqual(['扎西', '次仁', '达瓦']);
    expect(elected.seriesBlockedBy).toBe('本案已推举代表人，作为一件集体争议案件办理，不能再拆分为系列案');
    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain('2026-11-25 劳动者推举代表人：扎西、次仁、达瓦');
  });

  it('changes representatives, withdraws and settles only with the represented workers’ recorded consent', async () => {
    const t = await testCore();
    const f = await groupFile(t, 10, { leader: '李强' });
    const ids = (await f.group()).applicants.map((a) => a.id);
    await f.arbitrator.call('arbitration.setRepresentatives', { proceedingId: f.proceedingId, date: '2026-11-25', proceedingPartyIds: ids.slice(0, 3) });
    const represented = ids.slice(3);
    const consent = (act: ConsentAct, who: string[], consentedOn = '2026-11-25') =>
      f.arbitrator.invoke('arbitration.recordConsent', { proceedingId: f.proceedingId, act, consentedOn, method: 'signed', note: '全体签名同意书附卷', proceedingPartyIds: who });

    // A change of representatives: refused without consent, refused naming the one who has not consented.
    const change = () => f.arbitrator.invoke('arbitration.setRepresentatives', { proceedingId: f.proceedingId, date: '2026-11-25', proceedingPartyIds: [ids[0]!, ids[1]!, ids[3]!, ids[4]!] });
    expect(await change()).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: `集体案件的代表人变更代表人，应当经被代表的劳动者同意；请先登记被代表劳动者的同意（${RULE}）` } });
    expect(await consent('representatives', [ids[0]!])).toMatchObject({ ok: false, error: { fields: { proceedingPartyIds: '表示同意的应当是本案被代表的劳动者（代表人以外的申请人）' } } });
    expect((await consent('representatives', represented.slice(1))).ok).toBe(true);
    expect(await change()).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: `集体案件的代表人变更代表人，应当经被代表的劳动者同意；尼玛尚未同意（${RULE}）` } });
    expect((await consent('representatives', represented)).ok).toBe(true);
    const changed = await change();
    expect(changed.ok && changed.value.representatives.map((r) => r.name)).toEqual(['扎西', '次仁', '尼玛', '格桑']);
    expect(changed.ok && changed.value.consents.map((c) => [c.actLabel, c.workers.length, c.used])).toEqual([
      ['变更代表人', 6, false],
      ['变更代表人', 7, true],
    ]);

    // Withdrawal: refused without the consent of the six now represented, taken with it.
    expect((await f.step('accept', { date: '2026-11-25' })).ok).toBe(true);
    const now = (await f.group()).applicants.map((a) => a.id).filter((id) => ![ids[0], ids[1], ids[3], ids[4]].includes(id));
    expect(now).toHaveLength(6);
    const before = businessCounts(t.core);
    expect(await f.step('withdraw', { date: '2026-11-25', reason: '已与被申请人庭外和解' })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: `集体案件的代表人撤回仲裁申请，应当经被代表的劳动者同意；请先登记被代表劳动者的同意（${RULE}）` },
    });
    expect(businessCounts(t.core)).toEqual(before);
    // A consent to settle is not a consent to withdraw.
    expect((await consent('settlement', now)).ok).toBe(true);
    expect((await f.step('withdraw', { date: '2026-11-25', reason: '已与被申请人庭外和解' })).ok).toBe(false);
    expect((await consent('withdrawal', now)).ok).toBe(true);
    expect(await f.step('withdraw', { date: '2026-11-25', reason: '已与被申请人庭外和解' })).toMatchObject({ ok: true, value: { status: 'withdrawn' } });
    const used = (await f.group()).consents.filter((c) => c.actLabel === '撤回仲裁申请');
    expect(used.map((c) => c.used)).toEqual([true]);
  });
});
