// 仲裁裁决书: 调解仲裁法 Art. 46 (仲裁请求、争议事实、裁决理由、裁决结果、裁决日期; signed by the arbitrators and
// sealed) and Arts. 47–50 (final or non-final, and the route and period to challenge it). When some items are
// final and others not, two awards are made (办案规则 Art. 50 per DOMAIN.md §1.3; wording UNCONFIRMED, see
// final-award.ts): the final one first, then the non-final one.
import { awardRouteParagraphs, classifyAward, type AwardFinality } from '../final-award';
import { caseValues, tribunalSigners, tribunalText } from './arbitration-common';
import { bare, chineseNumber, clockText, dateText, names, para, sexText, withAmount, yuanText } from './format';
import type { ArbitrationCase, ClaimItem, DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate } from './template-engine';
import { awardTemplate, TEMPLATE_SPECS } from './templates';

const SPEC = TEMPLATE_SPECS.award;

interface Part {
  finality: AwardFinality;
  items: ClaimItem[];
  rejectOthers: boolean;
  number: string | null;
}

const FINALITY_WORD: Record<AwardFinality, string> = { final: '终局', nonFinal: '非终局' };

function partiesBlocks(c: ArbitrationCase, template: DocumentTemplate): DocBlock[] {
  const t = (piece: string, v: Record<string, string> = {}) => renderText(SPEC, template, piece, v);
  const line = (label: string, name: string, segments: string[]) => `${label}：${name}${segments.length ? `，${segments.join('，')}` : ''}。`;
  const blocks: DocBlock[] = [];
  for (const a of c.applicants) {
    const segments = renderList(SPEC, template, 'applicantIdentity', {
      sex: sexText(a.sex),
      ethnicity: a.ethnicity ?? '',
      birthDate: a.birthDate ? dateText(a.birthDate) : '',
      idNumber: a.idNumber ?? '',
      address: a.address ?? '',
      phone: a.phone ?? '',
    });
    blocks.push(para(line(t('applicantLabel'), a.name, segments)));
  }
  for (const r of c.respondents) {
    const segments = renderList(SPEC, template, 'respondentIdentity', { creditCode: r.creditCode ?? '', address: r.address ?? '', phone: r.phone ?? '' });
    blocks.push(para(line(t('respondentLabel'), r.name, segments)));
    if (r.legalRep) blocks.push(para(t('legalRep', { legalRepName: r.legalRep.name, legalRepTitle: r.legalRep.title })));
  }
  return blocks;
}

/** Numbered paragraphs ending "；" and the last "。". */
function numbered(texts: string[], marker: (n: number) => string): DocBlock[] {
  return texts.map((x, i) => para(`${marker(i + 1)}${bare(x)}${i === texts.length - 1 ? '。' : '；'}`));
}

/** Each item's verdict as the 登记裁决 step stored it, in item order: the paper follows it, never a recomputation. */
function storedVerdict(items: ClaimItem[], stored: readonly boolean[]) {
  if (stored.length !== items.length) throw new DocumentInputError('裁决事项与登记的终局／非终局判断不一致，不能制作仲裁裁决书');
  const finalItems = items.filter((_, i) => stored[i]);
  const nonFinalItems = items.filter((_, i) => !stored[i]);
  return { finalItems, nonFinalItems, split: finalItems.length > 0 && nonFinalItems.length > 0 };
}

function parts(c: ArbitrationCase, award: NonNullable<ArbitrationCase['award']>, template: DocumentTemplate, stored?: readonly boolean[]): Part[] {
  const checked = stored ? null : classifyAward(award.items, c.monthlyMinimumWageFen);
  if (checked && !checked.ok) throw new DocumentInputError(checked.reason);
  const verdict = stored ? storedVerdict(award.items, stored) : (checked as Extract<typeof checked, { ok: true }>);
  if (!verdict.split) {
    const finality: AwardFinality = verdict.finalItems.length > 0 ? 'final' : 'nonFinal';
    const number = template.numbering.mode === 'caseNumber' ? c.caseNumber : null;
    return [{ finality, items: award.items, rejectOthers: award.rejectOthers, number }];
  }
  const numberOf = (piece: 'splitNumberFirst' | 'splitNumberSecond', part: number) =>
    template.numbering.mode === 'caseNumber'
      ? renderText(SPEC, template, piece, { caseNumber: c.caseNumber, caseNumberStem: c.caseNumber.replace(/号$/u, ''), part: String(part) })
      : null;
  // The rejection of the other claims goes into the non-final award: a rejected claim is no amount awarded
  // within Art. 47, and the non-final route (Art. 50) leaves both parties their day in court. A choice: UNCONFIRMED.
  return [
    { finality: 'final', items: verdict.finalItems, rejectOthers: false, number: numberOf('splitNumberFirst', 1) },
    { finality: 'nonFinal', items: verdict.nonFinalItems, rejectOthers: award.rejectOthers, number: numberOf('splitNumberSecond', 2) },
  ];
}

/** 本委认为: the reasons as written, then each item's legal basis as the award step recorded it (Art. 46). */
function reasoning(reasons: readonly string[], items: readonly ClaimItem[], t: (piece: string, v?: Record<string, string>) => string): DocBlock[] {
  const bases = items.flatMap((it, i) => {
    const line = it.basis ? t('itemBasis', { itemNumber: chineseNumber(i + 1), basis: bare(it.basis) }) : '';
    return line ? [para(line)] : [];
  });
  if (reasons.length === 0 && bases.length === 0) return [];
  return [para(t('reasonsIntro')), ...reasons.map((r) => para(r)), ...bases];
}

/**
 * One award, or two when the items are partly final and partly not (final first). `storedFinal`: each item's verdict
 * as the award step stored it (a stored case); without it the items are judged here (the JSON case).
 */
export function buildAwards(c: ArbitrationCase, template: DocumentTemplate = awardTemplate, storedFinal?: readonly boolean[]): DocumentModel[] {
  const award = c.award;
  if (award === null) throw new DocumentInputError('本案尚未录入裁决结果，不能制作仲裁裁决书');
  const list = parts(c, award, template, storedFinal);

  const base = caseValues(c);
  const t = (piece: string, v: Record<string, string> = {}) => renderText(SPEC, template, piece, { ...base, ...v });
  const tribunal = tribunalText('award', template, c);
  const hearing = c.hearing
    ? t('hearingHeld', { hearingDate: dateText(c.hearing.date), hearingTime: clockText(c.hearing.time), hearingRoom: c.hearing.room })
    : '';
  const claimTexts = c.claims.map((cl) => withAmount(cl.text, cl.amountFen === null ? null : t('claimAmount', { amount: yuanText(cl.amountFen) })));

  return list.map((part, partIndex) => {
    const itemTexts = part.items.map((it) => withAmount(it.text, it.amountFen === null ? null : t('itemAmount', { amount: yuanText(it.amountFen) })));
    if (part.rejectOthers) itemTexts.push(t('rejectOthers'));
    // The statutes cited: the award's own list, else those the part's items rest on (each once, in item order).
    const cited = award.basis.length > 0 ? award.basis : [...new Set(part.items.flatMap((it) => (it.basis ? [bare(it.basis)] : [])))];
    const moneyItems = part.items.flatMap((it, i) => (it.amountFen !== null && it.amountFen > 0 ? [chineseNumber(i + 1)] : []));

    const body: DocBlock[] = [
      ...partiesBlocks(c, template),
      para(t('procedure', { tribunal, hearing })),
      para(t('claimsIntro')),
      ...numbered(claimTexts, (n) => `${n}.`),
      // An intro with nothing under it would read as a blank finding: left out when the case has none.
      ...(c.facts.length > 0 ? [para(t('factsIntro')), ...c.facts.map((f) => para(f))] : []),
      ...reasoning(c.reasons, part.items, t),
    ];
    // Before the result, so "驳回…其他仲裁请求" cannot be read as rejecting what the other award grants.
    if (list.length > 1) {
      const other = list[1 - partIndex];
      const crossRef = t('splitCrossRef', { otherKind: FINALITY_WORD[other.finality], otherNumber: other.number ?? '' });
      if (crossRef) body.push(para(crossRef));
    }
    body.push(
      para(cited.length > 0 ? t('awardIntro', { basis: names(cited) }) : t('awardIntroNoBasis')),
      ...numbered(itemTexts, (n) => `${chineseNumber(n)}、`),
    );
    const payment = moneyItems.length > 0 ? t('payment', { moneyItems: `第${moneyItems.join('、')}项` }) : '';
    if (payment) body.push(para(payment));
    body.push(...awardRouteParagraphs(part.finality, c.committee.intermediateCourt).map((p) => para(p)));

    return {
      kind: 'award',
      organ: c.committee.name,
      title: t('title'),
      number: part.number,
      addressee: null,
      body,
      // 调解仲裁法 Art. 46: signed by the arbitrators, sealed by the committee; the date in Chinese numerals by custom.
      signature: { lines: tribunalSigners(c), organ: c.committee.name, date: award.date, dateStyle: 'chinese', sealed: true },
      notes: [],
      layout: 'official',
    } satisfies DocumentModel;
  });
}
