// The 仲裁调解书's template and what each piece may contain (kept apart from templates.ts, which lists it in its tables).
// 调解仲裁法 Art. 42: the 调解书 states the claims and the result the parties agreed, is signed by the arbitrators, sealed
// by the committee, served on both parties, and takes effect once they sign for it. The national template has not been
// obtained (DOMAIN.md §2.1, UNCONFIRMED): the wording is our own and every piece is editable.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true): PieceSpec => ({ label, required, placeholders });
const LAW = '《中华人民共和国劳动争议调解仲裁法》';
const CASE = ['applicants', 'respondents', 'cause', 'applicationDate', 'acceptedDate', 'caseNumber', 'committee'] as const;

export const mediationPaperSpec: TemplateSpec = {
  kind: 'mediationPaper',
  texts: {
    title: piece('标题'),
    applicantLabel: piece('申请人称谓'),
    respondentLabel: piece('被申请人称谓'),
    legalRep: piece('法定代表人行', ['legalRepName', 'legalRepTitle']),
    procedure: piece('案件经过', [...CASE, 'tribunal']),
    tribunalPanel: piece('仲裁庭组成（三人）', ['chief', 'members', 'clerk']),
    tribunalSole: piece('仲裁庭组成（独任）', ['chief', 'clerk']),
    claimsIntro: piece('仲裁请求（引言）', ['applicants']),
    factsIntro: piece('查明的事实（引言）'),
    agreementIntro: piece('协议结果（引言）'),
    item: piece('协议支付事项', ['claimant', 'what', 'amount']),
    payment: piece('支付期限和方式', ['payBy', 'payMethod', 'totalAmount']),
    effect: piece('生效', [], true),
  },
  lists: {},
};

export const mediationPaperTemplate: DocumentTemplate = {
  kind: 'mediationPaper',
  name: '内置模板',
  numbering: { mode: 'caseNumber' },
  audience: ['applicant', 'respondent'],
  texts: {
    title: '仲裁调解书',
    applicantLabel: '申请人',
    respondentLabel: '被申请人',
    legalRep: '法定代表人：{legalRepName}，{legalRepTitle}。',
    procedure: `申请人{applicants}与被申请人{respondents}{cause}一案，申请人于{applicationDate}向本委申请仲裁，本委于{acceptedDate}依法受理。{tribunal}本案在仲裁庭主持下，经双方当事人自愿协商，达成调解协议。`,
    tribunalPanel: '本委依法组成由首席仲裁员{chief}、仲裁员{members}组成的仲裁庭，书记员{clerk}担任记录。',
    tribunalSole: '本委依法指定仲裁员{chief}独任审理，书记员{clerk}担任记录。',
    claimsIntro: '申请人{applicants}的仲裁请求：',
    factsIntro: '经查明：',
    // 调解仲裁法 Art. 42(2): 调解书应当写明仲裁请求和当事人协议的结果.
    agreementIntro: '经本委主持调解，双方当事人自愿达成如下协议：',
    item: '被申请人支付申请人{claimant}{what}{amount}',
    payment: '上述款项合计{totalAmount}，由被申请人于{payBy}前以{payMethod}的方式一次性支付给申请人',
    effect: `本调解书经双方当事人签收后，即发生法律效力（${LAW}第四十二条第二款）。在调解书送达前当事人反悔的，仲裁庭应当及时作出裁决。一方当事人逾期不履行发生法律效力的调解书的，另一方当事人可以依照有关法律规定向人民法院申请执行（${LAW}第五十一条）。`,
  },
  lists: {},
};
