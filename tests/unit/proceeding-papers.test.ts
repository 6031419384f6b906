// The papers of mediation, referral, listing and enforcement, each checked for the elements its rules require — read as
// the clerk reads them (the model's text, which both writers print) — and each refused, in Chinese, where its data
// cannot make a correct paper; their templates cannot be edited to drop the dates and amounts they must print.
import { describe, expect, it } from 'vitest';
import { documentModel } from '../../shared/contract/documents';
import { buildBlacklistDecision, buildDelistingDecision } from '../../shared/domain/documents/blacklist-decisions';
import { buildEnforcementApplication } from '../../shared/domain/documents/enforcement-application';
import { buildMediationAgreement } from '../../shared/domain/documents/mediation-agreement-paper';
import type { DocumentModel } from '../../shared/domain/documents/model';
import { PLACEHOLDER_LABELS } from '../../shared/domain/documents/placeholder-labels';
import { PROCEEDING_PAPER_SPECS, PROCEEDING_PAPER_TEMPLATES } from '../../shared/domain/documents/proceeding-paper-templates';
import { buildReferralLetter } from '../../shared/domain/documents/referral-letter';
import { checkDocumentTemplate, checkTemplate } from '../../shared/domain/documents/templates';
import {
  blacklistDecisionSample,
  delistingEarlySample,
  delistingExpirySample,
  enforcementApplicationSample,
  mediationAgreementSample,
  referralLetterSample,
} from '../fixtures/proceeding-papers';

function textOf(m: DocumentModel): string {
  const parts = [m.organ ?? '', m.title, m.number ?? '', m.addressee ?? ''];
  for (const b of m.body) {
    if (b.type === 'paragraph') parts.push(b.runs.map((r) => r.text).join(''));
    if (b.type === 'table') for (const r of b.rows) parts.push(r.cells.map((c) => c.runs.map((x) => x.text).join('')).join('|'));
  }
  return parts.join('\n');
}

describe('调解协议书', () => {
  const m = buildMediationAgreement(mediationAgreementSample);
  const text = textOf(m);
  it('names the workers with their ID numbers, the employer and payers, each commitment, the plan, the breach routes and the 15-day review', () => {
    expect(documentModel.parse(m)).toEqual(m);
    for (const s of [
      '1|扎西|540202198503120019|12,800元',
      '3|尼玛|无|4,500元',
      '其他参加调解并承担付款义务的单位：中建三局西藏分公司',
      '桑珠孜区住房和城乡建设局（罗布）：承诺暂停总包单位在本区的招投标资格直至付清。',
      '桑珠孜区公安分局（次旦）：参加调解。',
      '2|扎西|中建三局西藏分公司|2026年12月10日|8,000元',
      '1|上列全体劳动者|中建三局西藏分公司|2026年11月30日|10,000元',
      '合计|26,900.50元',
      '合计人民币26,900.50元（大写：贰万陆仟玖佰元伍角整）',
      '《中华人民共和国劳动争议调解仲裁法》第十五条',
      '十五日内（2026年12月10日前）',
      '《劳动人事争议仲裁办案规则》第七十四条',
      '司法确认',
      '劳动者：扎西|签名或者捺印：',
      '中建三局西藏分公司（盖章）|法定代表人或者委托代理人：',
    ]) expect(text, s).toContain(s);
    expect(m.signature).toMatchObject({ organ: '日喀则市人力资源和社会保障局', date: '2026-11-25', sealed: true });
  });
  it('prints a plan promising more than owed with its stated reason, and refuses one without instalments or workers', () => {
    expect(textOf(buildMediationAgreement({ ...mediationAgreementSample, overOwedReason: '另含经济补偿金五千元' }))).toContain('本协议约定的金额超过劳动者尚欠工资的部分：另含经济补偿金五千元。');
    expect(() => buildMediationAgreement({ ...mediationAgreementSample, instalments: [] })).toThrow('调解协议没有分期履行安排，不能制作调解协议书');
    expect(() => buildMediationAgreement({ ...mediationAgreementSample, workers: [] })).toThrow('本案没有登记劳动者');
  });
});

describe('涉嫌犯罪案件移送书', () => {
  it('states the order posted and unpaid, the amount, the evasion with its evidence, the law, the approval, the evidence list and the copy', () => {
    const m = buildReferralLetter(referralLetterSample);
    const text = textOf(m);
    expect(m.addressee).toBe('日喀则市公安局桑珠孜区分局：');
    for (const s of [
      '经查：该单位承建的桑珠孜区第二小学项目',
      '在该单位经营场所或者施工现场张贴并拍照记录，视为送达',
      '该单位尚欠1名劳动者劳动报酬共计人民币8,000元（大写：捌仟元整）',
      '1|扎西|4个月|8,000元',
      '1. 限期内将公司账户资金转至法定代表人亲属账户（证据：公司账户银行流水）。',
      '第二百七十六条之一',
      '（法释〔2013〕3号）',
      '（国务院令第310号）',
      '本案移送经本机关负责人李强于2026年12月4日批准。',
      '随案移送的证据材料共2项：',
      '2|工地张贴照片|证明指令书已张贴送达|1',
      '抄送：日喀则市桑珠孜区人民检察院',
    ]) expect(text, s).toContain(s);
    expect(text).not.toContain('你单位');
  });
  it('is refused without an order served, and when nothing is owed', () => {
    expect(() => buildReferralLetter({ ...referralLetterSample, order: { ...referralLetterSample.order!, servedOn: null } })).toThrow('法释〔2013〕3号第四条');
    expect(() => buildReferralLetter({ ...referralLetterSample, workers: [] })).toThrow('本案劳动者的工资已无拖欠');
  });
});

describe('列入 and 移出 决定书', () => {
  it('the listing states the order unpaid, the reasons, the hearing, the basis (办法 Art. 5), the persons, the term, the effects and the rights', () => {
    const text = textOf(buildBlacklistDecision(blacklistDecisionSample));
    for (const s of [
      '一并列入的人员：法定代表人王建国、项目负责人李明',
      '本机关于2026年11月25日责令你单位于2026年12月2日前支付拖欠的农民工工资，你单位逾期未支付。',
      '达到拒不支付劳动报酬罪的数额标准。',
      '本机关于2026年12月3日向你单位送达拟列入失信联合惩戒对象名单事先告知书',
      '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条',
      '列入期限为三年，自2026年12月15日起至2029年12月15日止。',
      '《保障农民工工资支付条例》第四十八条',
      '六十日内向日喀则市人民政府申请行政复议',
      '六个月内依法向人民法院提起行政诉讼',
    ]) expect(text, s).toContain(s);
    expect(() => buildBlacklistDecision({ ...blacklistDecisionSample, order: null })).toThrow('本案未下达限期改正（支付）指令书');
  });
  it('the removal at the term’s end and early, six months after the correction with the pledge; not before the term ends', () => {
    const expiry = buildDelistingDecision(delistingExpirySample);
    expect(expiry.title).toBe('移出拖欠农民工工资失信联合惩戒对象名单决定书');
    expect(textOf(expiry)).toContain('列入期限已于2029年12月15日届满。');
    expect(textOf(expiry)).toContain('（日喀则市人社失信列字〔2026〕第1号）');
    const early = buildDelistingDecision(delistingEarlySample);
    expect(early.title).toBe('提前移出拖欠农民工工资失信联合惩戒对象名单决定书');
    expect(textOf(early)).toContain('你单位已于2027年1月10日改正违法行为、支付拖欠的农民工工资（已向扎西足额支付拖欠工资8,000元），至2027年7月10日已满六个月，并于2027年7月15日向本机关作出书面守信承诺');
    expect(() => buildDelistingDecision({ ...delistingExpirySample, removedOn: '2029-12-14' })).toThrow('列入期限至2029-12-15届满，移出日期2029-12-14尚未期满');
  });
});

describe('强制执行申请书', () => {
  it('names the court, the decisions and their service, the periods run out, the 催告 and the arrears per worker', () => {
    const m = buildEnforcementApplication(enforcementApplicationSample);
    const text = textOf(m);
    expect(m.addressee).toBe('日喀则市桑珠孜区人民法院：');
    for (const s of [
      '申请人：日喀则市人力资源和社会保障局　负责人：李强',
      '被申请人：日喀则市雪域建筑劳务有限公司',
      '行政处理决定（日喀则市人社监理字〔2026〕第3号）和行政处罚决定',
      '向劳动者支付劳动报酬和赔偿金人民币40,350.75元，缴纳罚款人民币20,000元',
      '其中劳动者尚未获付的劳动报酬共计人民币7,800元（大写：柒仟捌佰元整）',
      '经查：被申请人承建的桑珠孜区第二小学项目',
      '于2026年12月15日、2026年12月16日送达被申请人',
      '（至2027年6月16日届满）',
      '催告其于2027年7月19日前履行义务',
      '1|扎西|12,800元|5,000元|7,800元',
      '3|尼玛|未核定|0元|未核定',
      '《中华人民共和国行政强制法》第五十三条、第五十四条',
    ]) expect(text, s).toContain(s);
    expect(m.signature?.lines).toEqual([{ label: '申请人负责人（签名）', name: '李强' }]);
  });
  it('says the wages were all received, not that none is owed “人民币0元”, when the payments leave nobody owed', () => {
    const paid = enforcementApplicationSample.workers.map((w) => ({ ...w, owedFen: w.owedFen ?? 450_000, paidFen: w.owedFen ?? 450_000, outstandingFen: 0 }));
    const text = textOf(buildEnforcementApplication({ ...enforcementApplicationSample, workers: paid }));
    expect(text).toContain('其中劳动者的劳动报酬已全部获付，请求执行尚未履行的其余部分');
    expect(text).toContain('按申请人登记的各劳动者本人收款记录，劳动者的劳动报酬已全部获付，明细如下');
    expect(text).not.toContain('尚未获付的劳动报酬共计人民币0元');
    expect(text).not.toContain('尚欠0名劳动者');
  });
  it('is refused without a decision, with a decision not served, or without the periods’ end', () => {
    expect(() => buildEnforcementApplication({ ...enforcementApplicationSample, decisions: [] })).toThrow('无可申请强制执行的决定');
    const unserved = enforcementApplicationSample.decisions.map((d) => ({ ...d, servedOn: d.kind === 'penalty' ? null : d.servedOn }));
    expect(() => buildEnforcementApplication({ ...enforcementApplicationSample, decisions: unserved })).toThrow('行政处罚决定尚未登记送达');
    expect(() => buildEnforcementApplication({ ...enforcementApplicationSample, appealEnd: null })).toThrow('未能算得行政复议、行政诉讼期限届满之日');
  });
});

describe('their templates', () => {
  it('are valid, every placeholder has a label, and the dates and amounts they must print cannot be edited away', () => {
    for (const t of Object.values(PROCEEDING_PAPER_TEMPLATES)) expect(checkDocumentTemplate(t), t.kind).toEqual([]);
    for (const spec of Object.values(PROCEEDING_PAPER_SPECS)) {
      for (const piece of [...Object.values(spec.texts), ...Object.values(spec.lists)]) for (const p of piece.placeholders) expect(PLACEHOLDER_LABELS[p], p).toBeTruthy();
    }
    const review = { ...PROCEEDING_PAPER_TEMPLATES.mediationAgreement.texts, review: '双方可以申请仲裁审查。' };
    expect(checkTemplate('mediationAgreement', review).map((p) => p.piece)).toContain('texts.review');
    const term = { ...PROCEEDING_PAPER_TEMPLATES.blacklistDecision.texts, term: '列入期限为三年。' };
    expect(checkTemplate('blacklistDecision', term).map((p) => p.piece)).toContain('texts.term');
  });
});
