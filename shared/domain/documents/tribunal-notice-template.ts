// The 仲裁庭组成通知书's template and what each piece may contain (kept apart from templates.ts, which lists it in its
// tables). 调解仲裁法 Art. 32: the committee tells the parties in writing, within five days of 受理, who the tribunal
// is; Art. 33 and 办案规则 Art. 11 give them the right to ask for recusal, before the hearing starts. The national
// template has not been obtained (DOMAIN.md §2.1, UNCONFIRMED): the wording is our own and every piece is editable.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true): PieceSpec => ({ label, required, placeholders });
const LAW = '《中华人民共和国劳动争议调解仲裁法》';
const CASE = ['applicants', 'respondents', 'acceptedDate', 'caseNumber', 'committee'] as const;
const TRIBUNAL = ['chief', 'members', 'clerk'] as const;

export const tribunalNoticeSpec: TemplateSpec = {
  kind: 'tribunalNotice',
  texts: {
    title: piece('标题'),
    addressee: piece('主送', ['recipient']),
    opening: piece('开头（案件与受理）', [...CASE]),
    tribunalPanel: piece('仲裁庭组成（三人）', [...TRIBUNAL]),
    tribunalSole: piece('仲裁庭组成（独任）', [...TRIBUNAL]),
    recusal: piece('申请回避的权利', [], true),
    receipt: piece('签收提示', [], false),
  },
  lists: {},
};

export const tribunalNoticeTemplate: DocumentTemplate = {
  kind: 'tribunalNotice',
  name: '内置模板',
  numbering: { mode: 'caseNumber' },
  audience: ['applicant', 'respondent'],
  texts: {
    title: '仲裁庭组成通知书',
    addressee: '{recipient}：',
    opening: `申请人{applicants}与被申请人{respondents}劳动争议一案，本委已于{acceptedDate}受理。根据${LAW}第三十一条、第三十二条的规定，现将仲裁庭的组成情况通知如下：`,
    tribunalPanel: '本案由仲裁员{chief}担任首席仲裁员，仲裁员{members}组成合议仲裁庭审理，书记员{clerk}担任记录。',
    tribunalSole: '本案由仲裁员{chief}独任审理，书记员{clerk}担任记录。',
    // 调解仲裁法 Art. 33; 办案规则 Art. 11: before the hearing starts; grounds learned later, until the end of debate.
    recusal: `当事人认为上述人员有${LAW}第三十三条规定的应当回避情形的，有权以口头或者书面方式申请其回避。申请回避应当在案件开庭审理前提出，并说明理由；回避事由在开庭后知道的，也可以在庭审辩论终结前提出（《劳动人事争议仲裁办案规则》第十一条）。`,
    receipt: '请在送达回证上签名或者盖章，并写明收到日期。',
  },
  lists: {},
};
