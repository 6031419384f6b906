// The 延期开庭通知书's template and what each piece may contain (kept apart from templates.ts, which lists it in its
// tables). 调解仲裁法 Art. 35: a party with good cause may ask, three days before, to postpone; the committee decides,
// and the new day and place are told in writing; Art. 36: the consequences of not coming. The national template has
// not been obtained (DOMAIN.md §2.1, UNCONFIRMED): the wording is our own and every piece is editable.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true): PieceSpec => ({ label, required, placeholders });
const LAW = '《中华人民共和国劳动争议调解仲裁法》';
const RULES = '《劳动人事争议仲裁办案规则》';
const CASE = ['applicants', 'respondents', 'caseNumber', 'committee', 'originalDate', 'originalTime'] as const;
const HEARING = ['you', 'hearingDate', 'hearingTime', 'hearingRoom', 'hearingAddress'] as const;

export const postponementNoticeSpec: TemplateSpec = {
  kind: 'postponementNotice',
  texts: {
    title: piece('标题'),
    addressee: piece('主送', ['recipient']),
    opening: piece('开头（原定开庭时间）', [...CASE]),
    byParty: piece('延期原因（当事人申请）', ['requester', 'postponeRequestedOn', 'postponeReason']),
    byTribunal: piece('延期原因（仲裁庭决定）', ['postponeReason']),
    newHearing: piece('新的开庭时间地点', [...HEARING]),
    noShowApplicant: piece('申请人不到庭的后果', ['you']),
    noShowRespondent: piece('被申请人不到庭的后果', ['you']),
    receipt: piece('签收提示', [], false),
  },
  lists: {},
};

export const postponementNoticeTemplate: DocumentTemplate = {
  kind: 'postponementNotice',
  name: '内置模板',
  numbering: { mode: 'caseNumber' },
  audience: ['applicant', 'respondent'],
  texts: {
    title: '延期开庭通知书',
    addressee: '{recipient}：',
    opening: '申请人{applicants}与被申请人{respondents}劳动争议一案，本委原定于{originalDate}{originalTime}开庭审理。',
    byParty: `{requester}于{postponeRequestedOn}以“{postponeReason}”为由申请延期开庭。本委经审查，决定延期开庭（${LAW}第三十五条）。`,
    byTribunal: `因{postponeReason}，本委决定延期开庭（${LAW}第三十五条）。`,
    newHearing: '本案改定于{hearingDate}{hearingTime}在{hearingAddress}{hearingRoom}开庭审理，请{you}准时到庭。',
    noShowApplicant: `{you}收到本通知后，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请（${LAW}第三十六条第一款）；视为撤回仲裁申请后，以相同的事实和理由再次申请仲裁的，本委不予受理（${RULES}第三十九条）。`,
    noShowRespondent: `{you}收到本通知后，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，仲裁庭可以缺席裁决（${LAW}第三十六条第二款）。`,
    receipt: '请在送达回证上签名或者盖章，并写明收到日期。',
  },
  lists: {},
};
