// The papers of the arbitration application, made from the stored proceeding: 收件回执 (办案规则 Art. 29: a receipt for
// the materials), 补正通知书 (Art. 29: every missing item told at once; Art. 46(2): the receipt date restarts on 补正)
// and 不予受理通知书 (调解仲裁法 Art. 29; 办案规则 Art. 31: in writing, with reasons, and the route to court). No national
// form is confirmed (DOMAIN.md §2.1): the sentences are our own, and a bureau edits them (设置 → 文书模板).
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true, note?: string): PieceSpec =>
  note === undefined ? { label, required, placeholders } : { label, required, placeholders, note };

/** What every paper of the application can say. */
const APPLICATION = ['committee', 'applicants', 'respondents', 'receivedOn', 'claimCount', 'caseTitle'] as const;
const LAW = '《中华人民共和国劳动争议调解仲裁法》';
const RULES = '《劳动人事争议仲裁办案规则》';

export const APPLICATION_PAPER_SPECS = {
  applicationReceipt: {
    kind: 'applicationReceipt',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['applicants']),
      opening: piece('收到的申请', [...APPLICATION]),
      materialsIntro: piece('收到的材料（引言）'),
      next: piece('后续处理', [...APPLICATION, 'decideBy'], true, '{decideBy} 为本委应当作出受理或者不予受理决定的期限（调解仲裁法第二十九条）'),
    },
    lists: {},
  },
  supplementNotice: {
    kind: 'supplementNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['applicants']),
      opening: piece('审查情况', [...APPLICATION, 'supplementDate']),
      itemsIntro: piece('需补正的材料（引言）'),
      restart: piece('补正的效果', [...APPLICATION]),
      how: piece('补正方式', [...APPLICATION], false),
    },
    lists: {},
  },
  rejectionNotice: {
    kind: 'rejectionNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['applicants']),
      decision: { ...piece('不予受理的决定及理由', [...APPLICATION, 'reason', 'decisionDate'], true, '必须写明不予受理的理由{reason}'), mustUse: ['reason'] },
      court: { ...piece('向人民法院起诉的权利', [...APPLICATION]), note: '调解仲裁法第二十九条：对不予受理的决定，申请人可以就该劳动争议事项向人民法院提起诉讼' },
    },
    lists: {},
  },
} as const satisfies Record<string, TemplateSpec>;

export const APPLICATION_PAPER_TEMPLATES: Record<keyof typeof APPLICATION_PAPER_SPECS, DocumentTemplate> = {
  applicationReceipt: {
    kind: 'applicationReceipt',
    name: '内置模板',
    numbering: { mode: 'none' },
    audience: ['applicant'],
    texts: {
      title: '收件回执',
      addressee: '{applicants}：',
      opening: '你（们）于{receivedOn}向本委提交的与{respondents}之间劳动争议的仲裁申请已收到，共{claimCount}项仲裁请求。',
      materialsIntro: '本委收到的材料如下：',
      // 调解仲裁法 Art. 29: decide within 5 days of receipt (the unit of the short periods is the bureau's setting).
      next: `本委将于{decideBy}前决定是否受理，并书面通知你（们）（${LAW}第二十九条）。本回执仅证明本委收到上述材料，不表示本委已受理。`,
    },
    lists: {},
  },
  supplementNotice: {
    kind: 'supplementNotice',
    name: '内置模板',
    numbering: { mode: 'none' },
    audience: ['applicant'],
    texts: {
      title: '补正通知书',
      addressee: '{applicants}：',
      opening: `你（们）于{receivedOn}向本委提交的与{respondents}之间劳动争议的仲裁申请，经审查，申请书及材料尚不齐备。根据${RULES}第二十九条的规定，现一次性告知如下：`,
      itemsIntro: '请补正下列事项：',
      // 办案规则 Art. 46(2).
      restart: `本委收到你（们）补正的材料后，审查受理的期限自收到补正材料之日起重新计算（${RULES}第四十六条）。`,
      how: '请携带本通知书到本委补正，或者将补正材料邮寄至本委。',
    },
    lists: {},
  },
  rejectionNotice: {
    kind: 'rejectionNotice',
    name: '内置模板',
    numbering: { mode: 'none' },
    audience: ['applicant'],
    texts: {
      title: '不予受理通知书',
      addressee: '{applicants}：',
      // 调解仲裁法 Art. 29; 办案规则 Arts. 30–31.
      decision: `你（们）于{receivedOn}向本委提交的与{respondents}之间劳动争议的仲裁申请，经审查，{reason}。根据${LAW}第二十九条、${RULES}第三十一条的规定，本委决定不予受理。`,
      court: `对本不予受理决定，你（们）可以就该劳动争议事项向人民法院提起诉讼（${LAW}第二十九条）。`,
    },
    lists: {},
  },
};
