// The inspection's decision papers, each checked for the elements its statute requires — read as the clerk reads
// them (the text of the model both writers print): 事先告知书 (行政处罚法 Arts. 44–45, 64), 行政处理决定书
// (监察条例 Art. 26, amounts in figures and in capitals), 行政处罚决定书 (行政处罚法 Art. 59's six elements, Arts. 67
// and 72), 催告书 (行政强制法 Art. 35), and the rights notices (行政复议法 Art. 20, 行政诉讼法 Art. 46).
import { describe, expect, it } from 'vitest';
import { documentModel } from '../../shared/contract/documents';
import { buildDemandNotice, buildHandlingDecision, buildPenaltyDecision, buildPriorNotice, reconsiderationBody } from '../../shared/domain/documents/inspection-papers';
import type { DocumentModel } from '../../shared/domain/documents/model';
import { checkDocumentTemplate, checkTemplate, DEFAULT_TEMPLATES } from '../../shared/domain/documents/templates';
import { PLACEHOLDER_LABELS } from '../../shared/domain/documents/placeholder-labels';
import { INSPECTION_PAPER_SPECS } from '../../shared/domain/documents/inspection-templates';
import { demandNoticeSample, handlingDecisionSample, penaltyDecisionSample, priorNoticeSample } from '../fixtures/inspection-papers';

function textOf(m: DocumentModel): string {
  const parts = [m.organ ?? '', m.title, m.number ?? '', m.addressee ?? ''];
  for (const b of m.body) if (b.type === 'paragraph') parts.push(b.runs.map((r) => r.text).join(''));
  if (m.signature) parts.push(m.signature.organ ?? '', m.signature.date ?? '');
  return parts.join('\n');
}

const REMEDY = [
  '自收到本决定书之日起六十日内向日喀则市人民政府申请行政复议（《中华人民共和国行政复议法》第二十条）',
  '自收到本决定书之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）',
];

describe('事先告知书', () => {
  it('states the facts, the intended decision and its basis, the statement period with its last day, and — a penalty intended — the hearing right', () => {
    const m = buildPriorNotice(priorNoticeSample);
    expect(documentModel.parse(m)).toEqual(m);
    const text = textOf(m);
    expect(m.title).toBe('劳动保障监察行政处理和行政处罚事先告知书');
    expect(m.addressee).toBe('日喀则市雪域建筑劳务有限公司：');
    expect(text).toContain('经查：你单位承建的桑珠孜区第二小学项目，未按月足额支付顿珠等15名农民工2026年7月至10月的工资，共计128,000.50元。');
    expect(text).toContain('拟对你单位作出的行政处理决定和行政处罚决定及其事实、理由和依据告知如下：拟责令你单位支付拖欠的工资128,000.50元');
    expect(text).toContain('请于收到本告知书之日起3个工作日内（2026年12月10日前）向本机关提出陈述、申辩意见');
    expect(text).toContain('《中华人民共和国行政处罚法》第四十五条');
    expect(text).toContain('应当于收到本告知书之日起5个工作日内（2026年12月14日前）向本机关提出');
    expect(text).toContain('第六十三条、第六十四条');
    expect(m.signature).toMatchObject({ organ: '日喀则市人力资源和社会保障局', date: '2026-12-07', sealed: true });
  });

  it('a notice of a 处理决定 alone offers no hearing, nor one of a fine below the 较大数额 (no hearing period: 行政处罚法 Art. 63)', () => {
    const m = buildPriorNotice({ ...priorNoticeSample, intended: 'handling', hearing: null });
    expect(m.title).toBe('劳动保障监察行政处理事先告知书');
    expect(textOf(m)).not.toContain('听证');
    const small = buildPriorNotice({ ...priorNoticeSample, intended: 'penalty', hearing: null });
    expect(small.title).toBe('劳动保障监察行政处罚事先告知书');
    expect(textOf(small)).not.toContain('听证');
    expect(textOf(small)).toContain('陈述、申辩');
  });

  it('its statement and hearing pieces cannot be edited to drop their last days', () => {
    const texts = { ...DEFAULT_TEMPLATES.priorNotice.texts, statement: '你单位可以陈述、申辩。', hearing: '你单位可以要求听证。' };
    expect(checkTemplate('priorNotice', texts).map((p) => p.piece)).toEqual(expect.arrayContaining(['texts.statement', 'texts.hearing']));
  });
});

describe('行政处理决定书', () => {
  const m = buildHandlingDecision(handlingDecisionSample);
  const text = textOf(m);

  it('names the party, the facts, the unpaid order, how the party was heard, and orders the wages and 赔偿金 in figures and capitals', () => {
    expect(documentModel.parse(m)).toEqual(m);
    expect(m.title).toBe('劳动保障监察行政处理决定书');
    expect(text).toContain('当事人：日喀则市雪域建筑劳务有限公司');
    expect(text).toContain('统一社会信用代码：91540200MA6T1234XK');
    expect(text).toContain('住所：日喀则市桑珠孜区上海中路8号');
    expect(text).toContain('法定代表人（负责人）：王建国（总经理）');
    expect(text).toContain('本机关于2026年11月2日对顿珠等15人投诉日喀则市雪域建筑劳务有限公司拖欠工资一案（日喀则市人社监立字〔2026〕第16号）立案调查。');
    expect(text).toContain('本机关于2026年11月5日向你单位下达劳动保障监察限期改正（支付）指令书，责令你单位于2026年11月15日前支付，你单位逾期未支付。');
    expect(text).toContain('你单位于2026年12月9日提出陈述、申辩：工程款尚未结算，请求宽限。');
    expect(text).toContain('复核意见：工程款结算与支付工资的义务无关，申辩理由不成立。');
    expect(text).toContain('根据《劳动保障监察条例》第二十六条的规定，本机关决定如下：');
    expect(text).toContain('一、责令你单位向15名劳动者支付拖欠的劳动报酬人民币128,000.50元（大写：壹拾贰万捌仟元伍角整）；');
    expect(text).toContain('二、责令你单位按应付金额的50%向劳动者加付赔偿金人民币64,000.25元（大写：陆万肆仟元贰角伍分）。');
  });

  it('tells the way to perform, what follows non-compliance, and the remedies with their periods and body', () => {
    expect(text).toContain('直接支付给劳动者本人');
    expect(text).toContain('申请人民法院强制执行');
    for (const r of REMEDY) expect(text).toContain(r);
    expect(m.signature).toMatchObject({ organ: '日喀则市人力资源和社会保障局', date: '2026-12-15', sealed: true });
  });

  it('without 赔偿金 it orders the wages alone, and refuses 赔偿金 where no order went unpaid (Art. 26)', () => {
    const plain = textOf(buildHandlingDecision({ ...handlingDecisionSample, compensationPercent: 0, compensationFen: 0, order: null, workers: null }));
    expect(plain).toContain('一、责令你单位向有关劳动者支付拖欠的劳动报酬人民币128,000.50元（大写：壹拾贰万捌仟元伍角整）。');
    expect(plain).not.toContain('赔偿金');
    expect(plain).not.toContain('指令书');
    expect(() => buildHandlingDecision({ ...handlingDecisionSample, order: null })).toThrow('加付赔偿金以逾期不支付限期改正（支付）指令为前提');
    expect(() => buildHandlingDecision({ ...handlingDecisionSample, order: { date: '2026-12-01', deadline: '2026-12-15' } })).toThrow(
      '限期改正（支付）指令书限期至2026-12-15，决定日期2026-12-15尚未逾期，不能责令加付赔偿金',
    );
  });
});

describe('行政处罚决定书 (行政处罚法 Art. 59)', () => {
  const m = buildPenaltyDecision(penaltyDecisionSample);
  const text = textOf(m);
  it('has the six elements: party and address, facts, kind and basis, how and when to pay, remedies, organ and date', () => {
    expect(documentModel.parse(m)).toEqual(m);
    expect(m.title).toBe('劳动保障监察行政处罚决定书');
    expect(text).toContain('当事人：日喀则市雪域建筑劳务有限公司');
    expect(text).toContain('住所：日喀则市桑珠孜区上海中路8号');
    expect(text).toContain('经查：你单位承建的桑珠孜区第二小学项目');
    expect(text).toContain('依照《保障农民工工资支付条例》第五十五条的规定，本机关决定对你单位处以罚款人民币20,000元（大写：贰万元整）。');
    expect(text).toContain('自收到本决定书之日起十五日内，持本决定书到本机关指定的银行或者通过电子支付系统缴纳罚款（《中华人民共和国行政处罚法》第六十七条）');
    for (const r of REMEDY) expect(text).toContain(r);
    expect(m.signature).toMatchObject({ organ: '日喀则市人力资源和社会保障局', date: '2026-12-15', sealed: true });
  });
  it('tells the hearing held and the consequence of not paying (Art. 72)', () => {
    expect(text).toContain('于2026年12月14日依法举行听证：当事人到场陈述，对事实无异议，请求从轻处罚。');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额');
  });
});

describe('催告书 (行政强制法 Art. 35)', () => {
  const m = buildDemandNotice(demandNoticeSample);
  const text = textOf(m);
  it('states the decisions, the duty, the 10 working days with the last day, the amount and how to pay, and the right to be heard', () => {
    expect(documentModel.parse(m)).toEqual(m);
    expect(m.title).toBe('履行行政决定催告书');
    expect(text).toContain('行政处理决定（日喀则市人社监理字〔2026〕第3号）和行政处罚决定（2026年12月15日作出）');
    expect(text).toContain('于收到本催告书之日起10个工作日内（2027年7月19日前）履行下列义务：支付行政处理决定确定的劳动报酬和赔偿金人民币192,000.75元；缴纳行政处罚决定的罚款人民币20,000元。');
    expect(text).toContain('尚未履行的金额共计人民币212,000.75元（大写：贰拾壹万贰仟元柒角伍分）');
    expect(text).toContain('直接支付给劳动者本人');
    expect(text).toContain('有权进行陈述和申辩');
    expect(text).toContain('向人民法院申请强制执行（《中华人民共和国行政强制法》第五十四条）');
  });
  it('refuses a demand with no decision behind it', () => {
    expect(() => buildDemandNotice({ ...demandNoticeSample, decisions: [] })).toThrow('无可催告履行的义务');
  });
});

describe('the templates', () => {
  it('are valid as shipped, and every placeholder has a label for the settings screen', () => {
    for (const kind of ['priorNotice', 'handlingDecision', 'penaltyDecision', 'demandNotice'] as const) {
      expect(checkDocumentTemplate(DEFAULT_TEMPLATES[kind])).toEqual([]);
      const spec = INSPECTION_PAPER_SPECS[kind];
      for (const ps of [...Object.values(spec.texts), ...Object.values(spec.lists)]) for (const name of ps.placeholders) expect(PLACEHOLDER_LABELS[name], `${kind}: {${name}}`).toBeTruthy();
    }
  });
  it('name the organ’s own government as the reconsideration body (行政复议法 Art. 24), refusing a name they cannot read', () => {
    expect(reconsiderationBody('日喀则市人力资源和社会保障局')).toBe('日喀则市人民政府');
    expect(reconsiderationBody('桑珠孜区人力资源和社会保障局')).toBe('桑珠孜区人民政府');
    expect(() => reconsiderationBody('劳动监察支队')).toThrow('无法从本机关名称“劳动监察支队”确定行政复议机关');
  });
});
