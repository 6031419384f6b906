// 列入 and 移出 拖欠农民工工资失信联合惩戒对象名单决定书 for the blacklisting proceeding: the order unpaid after its
// deadline and the reasons (办法 Art. 5), the prior notice and 陈述申辩 (国办发〔2020〕49号), the responsible persons
// listed with the employer, the three-year term, the restrictions (条例 Art. 48), the way to early removal, and the
// rights (复议 60 days, 诉讼 6 months); the removal paper at the term's end or early, after six months from the
// correction with a 守信承诺. Pure; the core reads the stored steps (electron/core/referrals/referral-papers.ts).
import { dateText, para } from './format';
import { reconsiderationBody } from './inspection-papers';
import type { DocBlock, DocumentModel } from './model';
import { PROCEEDING_PAPER_SPECS, PROCEEDING_PAPER_TEMPLATES } from './proceeding-paper-templates';
import { bareText, caseValues, officialPaper, partyBlocks, texts, type ProceedingPaperCase } from './proceeding-paper-common';
import { DocumentInputError, type DocumentTemplate } from './template-engine';

export interface BlacklistDecisionData extends ProceedingPaperCase {
  /** The day of the 列入 decision (blacklisting.list, on a leader's approval). */
  listedOn: string;
  /** The last day of the three-year term as the deadline engine stored it (rule blacklist.term). */
  termEnd: string;
  persons: string;
  reasons: string;
  order: { date: string; deadline: string } | null;
  noticeDate: string;
  statement: { date: string; content: string } | null;
}

export interface DelistingDecisionData extends ProceedingPaperCase {
  /** The day of removal (blacklisting.expire or removeEarly). */
  removedOn: string;
  listedOn: string;
  listNumber: string | null;
  termEnd: string;
  persons: string;
  early: { correctionDate: string; eligibleOn: string; pledgeDate: string; paid: string } | null;
}

export function buildBlacklistDecision(d: BlacklistDecisionData, template: DocumentTemplate = PROCEEDING_PAPER_TEMPLATES.blacklistDecision): DocumentModel {
  // 办法 Art. 5: listing follows an order to pay within a deadline that passed unpaid.
  if (!d.order) throw new DocumentInputError('列入以责令限期支付而逾期未支付为前提（《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条），本案未下达限期改正（支付）指令书');
  const spec = PROCEEDING_PAPER_SPECS.blacklistDecision;
  const values = {
    ...caseValues(d),
    persons: bareText(d.persons),
    reasons: bareText(d.reasons),
    orderDate: dateText(d.order.date),
    orderDeadline: dateText(d.order.deadline),
    orderServedOn: '',
    noticeDate: dateText(d.noticeDate),
    statementDate: d.statement ? dateText(d.statement.date) : '',
    statement: d.statement ? bareText(d.statement.content) : '',
    listedOn: dateText(d.listedOn),
    termEnd: dateText(d.termEnd),
    government: reconsiderationBody(d.organ),
  };
  const t = texts(spec, template, values);
  const body: DocBlock[] = [
    ...partyBlocks(spec, template, values),
    para(t('personsLine'), { indent: false }),
    para(t('order')),
    para(t('reasons')),
    para(t('noticed') + (d.statement ? t('statement') : t('silent'))),
    para(t('decision')),
    para(t('term')),
    para(t('effects')),
    para(t('repair')),
    para(t('remedy')),
  ];
  return officialPaper('blacklistDecision', d, template, { title: t('title'), date: d.listedOn, addressee: null, body });
}

export function buildDelistingDecision(d: DelistingDecisionData, template: DocumentTemplate = PROCEEDING_PAPER_TEMPLATES.delistingDecision): DocumentModel {
  if (!d.early && d.removedOn < d.termEnd) throw new DocumentInputError(`列入期限至${d.termEnd}届满，移出日期${d.removedOn}尚未期满，不能制作期满移出决定书`);
  const spec = PROCEEDING_PAPER_SPECS.delistingDecision;
  const values = {
    ...caseValues(d),
    persons: bareText(d.persons),
    listedOn: dateText(d.listedOn),
    listNumber: `列入拖欠农民工工资失信联合惩戒对象名单决定${d.listNumber ? `（${d.listNumber}）` : ''}`,
    termEnd: dateText(d.termEnd),
    removedOn: dateText(d.removedOn),
    correctionDate: d.early ? dateText(d.early.correctionDate) : '',
    eligibleOn: d.early ? dateText(d.early.eligibleOn) : '',
    pledgeDate: d.early ? dateText(d.early.pledgeDate) : '',
    paid: d.early ? bareText(d.early.paid) : '',
  };
  const t = texts(spec, template, values);
  const body: DocBlock[] = [...partyBlocks(spec, template, values), para(t('listed')), para(t(d.early ? 'early' : 'expiry')), para(t('after'))];
  return officialPaper('delistingDecision', d, template, { title: t(d.early ? 'titleEarly' : 'titleExpiry'), date: d.removedOn, addressee: null, body });
}
