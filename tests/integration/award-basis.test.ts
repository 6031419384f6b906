// The 裁决书's legal basis per item and its 驳回 line, from the stored award (调解仲裁法 Art. 46). Each item's basis
// recorded at 登记裁决 is printed in the reasoning and cited before 裁决如下; a basis that cites no statute, or one for an
// item not awarded, is refused with nothing written. “驳回申请人的其他仲裁请求” ends the award only where a claim is
// not granted in whole or in part: 扎西 asked 24 000 元 wages and 3 800 元 overtime (both 劳动报酬) — 27 800 元 awarded
// grants them; 20 000 元 does not. (The test files hold one applicant, 扎西, to keep the other's claims out.)
import { describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../helpers/core';
import { composedCase, pdfText } from '../helpers/hearing-record';
import { DAY, unchanged } from '../helpers/hearings';

const NONE = { injuryMedicalFen: 0, compensationFen: 0, damagesFen: 0, otherFen: 0, standards: 'no', note: null };
const WAGES_BASIS = '《中华人民共和国劳动合同法》第三十条';
const OVERTIME_BASIS = '《中华人民共和国劳动法》第四十四条';

/** 扎西's two claims only: wages 24 000 元 and overtime 3 800 元. */
async function zhaxiCase(t: TestCore) {
  const f = await composedCase(t, (a) => ({
    claims: [
      { applicantId: a.applicants[0]!.id, category: 'wages', request: '支付2026年7月至10月工资', amountFen: 2_400_000, basis: '工资欠条' },
      { applicantId: a.applicants[0]!.id, category: 'overtime', request: '支付延时加班费', amountFen: 380_000, basis: OVERTIME_BASIS },
    ],
  }));
  t.clock.advance(20 * DAY); // 2026-12-15
  return f;
}

async function awardText(f: Awaited<ReturnType<typeof zhaxiCase>>): Promise<string> {
  const made = await f.arbitrator.invoke('documents.generate', { request: { kind: 'award', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
  if (!made.ok) throw new Error(made.error.message);
  expect(made.value).toHaveLength(1);
  return pdfText(f.arbitrator, made.value[0]!.versions[0]!.id);
}

describe('the award’s basis per item and its 驳回 line', () => {
  it('refuses a basis that cites no statute, or one for an item not awarded, writing nothing', async () => {
    const t = await testCore();
    const f = await zhaxiCase(t);
    const p = await f.proceeding();
    const act = (input: Record<string, unknown>) => unchanged(t, f.arbitrator, 'proceedings.act', { proceedingId: f.proceedingId, action: 'award', expectedRowVersion: p.rowVersion, input });
    expect(await act({ date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 2_000_000, wagesBasis: '劳动合同法关于工资支付的规定' })).toMatchObject({
      ok: false,
      error: { fields: { wagesBasis: '法律依据须写明法律、法规的名称（用书名号《》）和条文（第×条），如《中华人民共和国劳动合同法》第三十条' } },
    });
    expect(await act({ date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 2_000_000, compensationBasis: '《中华人民共和国劳动合同法》第四十六条' })).toMatchObject({
      ok: false,
      error: { fields: { compensationBasis: '该项没有裁决支持，不需填写法律依据；请先填写该项的裁决金额或删去法律依据' } },
    });
  });

  it('ends with 驳回申请人的其他仲裁请求 when a claim is granted only in part, and prints each item’s basis', async () => {
    const t = await testCore();
    const f = await zhaxiCase(t);
    expect(await f.step('award', { date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 2_000_000, wagesBasis: `${WAGES_BASIS}。`, standards: 'yes', standardsBasis: '《中华人民共和国社会保险法》第五十八条' })).toMatchObject({ ok: true });
    const text = await awardText(f);
    // The reasoning names each item's basis; the statutes are cited before the result, each once.
    expect(text).toContain('本委认为：');
    expect(text).toContain(`裁决第一项，依据${WAGES_BASIS}。`);
    expect(text).toContain('裁决第二项，依据《中华人民共和国社会保险法》第五十八条。');
    expect(text).toContain(`依照${WAGES_BASIS}、《中华人民共和国社会保险法》第五十八条的规定，裁决如下：`);
    // 20 000 元 of the 27 800 元 asked as 劳动报酬: the rest is rejected, and the line ends the result.
    expect(text).toContain('被申请人支付申请人扎西劳动报酬人民币20,000元');
    expect(text).toContain('三、驳回申请人的其他仲裁请求。');
    expect(text.indexOf('驳回申请人的其他仲裁请求')).toBeGreaterThan(text.indexOf('被申请人依法为申请人扎西执行'));
  });

  it('has no 驳回 line when every claim is granted in full', async () => {
    const t = await testCore();
    const f = await zhaxiCase(t);
    expect(await f.step('award', { date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 2_780_000, wagesBasis: `${WAGES_BASIS}、${OVERTIME_BASIS}` })).toMatchObject({ ok: true });
    const text = await awardText(f);
    expect(text).toContain('被申请人支付申请人扎西劳动报酬人民币27,800元');
    expect(text).toContain(`裁决第一项，依据${WAGES_BASIS}、${OVERTIME_BASIS}。`);
    expect(text).not.toContain('驳回');
  });
});
