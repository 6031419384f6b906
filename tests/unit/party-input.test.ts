import { describe, expect, it } from 'vitest';
import { partyCreateInput } from '../../shared/contract/parties';

const CREDIT_CODE = '91512081MA62K0260E';
const RESIDENT_ID = '540202198503120019';

function messages(input: unknown): Record<string, string> {
  const r = partyCreateInput.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('a new party: the number must suit the kind chosen, and a wrong kind is named', () => {
  it('takes a credit code for an organisation and an ID number for an individual', () => {
    expect(messages({ kind: 'organisation', name: '日喀则市华建建筑工程有限公司', creditCode: CREDIT_CODE })).toEqual({});
    expect(messages({ kind: 'individual', name: '王德发', idNumber: RESIDENT_ID })).toEqual({});
  });

  it('says a credit code typed as an individual’s ID belongs to an organisation', () => {
    expect(messages({ kind: 'individual', name: '华建公司', idNumber: CREDIT_CODE })).toEqual({
      idNumber: '这是统一社会信用代码：公司、个体工商户等单位，请将类型改为“单位”后填写',
    });
  });

  it('says an ID number typed as a credit code belongs to a person', () => {
    expect(messages({ kind: 'organisation', name: '王德发', creditCode: RESIDENT_ID })).toEqual({
      creditCode: '这是居民身份证号码：包工头、个体等个人，请将类型改为“个人（包工头、个体）”后填写',
    });
  });

  it('still gives the checksum reason for a mistyped number of the right kind', () => {
    expect(messages({ kind: 'individual', name: '王德发', idNumber: '540202198503120018' }).idNumber).toMatch(/校验/);
    expect(messages({ kind: 'organisation', name: '华建', creditCode: '91512081MA62K0260F' }).creditCode).toMatch(/校验/);
  });
});
