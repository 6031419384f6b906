// The papers of the proceedings beside the inspection, made from their stored steps: 调解协议书 (监察联调; 调解仲裁法
// Arts. 14–16; 办案规则 Art. 74), 涉嫌犯罪案件移送书 (刑法 Art. 276-1; 法释〔2013〕3号; 国务院令第310号), 列入 and 移出
// 失信联合惩戒对象名单决定书 (拖欠农民工工资失信联合惩戒对象名单管理暂行办法 Art. 5; 条例 Art. 48) and 强制执行申请书
// (行政强制法 Arts. 53–55). What each piece may say (specs) and the built-in wording; the sentences are our own and a
// bureau edits them (设置 → 文书模板). No national form is confirmed (DOMAIN.md §2.2).
import type { DocumentKind } from '../vocabulary';
import type { DocumentTemplate, NumberingPolicy, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true, note?: string): PieceSpec =>
  note === undefined ? { label, required, placeholders } : { label, required, placeholders, note };
const must = (label: string, placeholders: readonly string[], mustUse: readonly string[]): PieceSpec => ({
  ...piece(label, placeholders, true, `必须写明${mustUse.map((m) => `{${m}}`).join('、')}`),
  mustUse,
});

/** What every one of these papers can say about its case. */
const CASE = ['organ', 'employer', 'caseTitle', 'caseNumber', 'caseRef', 'facts'] as const;
const PARTY = ['employer', 'creditCode', 'address', 'legalRepName', 'legalRepTitle'] as const;
const ORDER = ['orderDate', 'orderDeadline', 'orderServedOn'] as const;
const partyList = piece('当事人身份事项', PARTY, false, '某项的占位符都为空时（如未登记住所），该项不打印');
const PARTY_LINES = ['统一社会信用代码：{creditCode}', '住所：{address}', '法定代表人（负责人）：{legalRepName}{legalRepTitle}'];
/** 行政复议法 (2023) Arts. 20, 24; 行政诉讼法 Art. 46: 60 days to the organ's own government, or six months to a court. */
const REMEDY_TEXT =
  '你单位如不服本决定，可以自收到本决定书之日起六十日内向{government}申请行政复议（《中华人民共和国行政复议法》第二十条），或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。';
const LIST_ACT = '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》';

export const PROCEEDING_PAPER_SPECS = {
  mediationAgreement: {
    kind: 'mediationAgreement',
    texts: {
      title: piece('标题'),
      workersLabel: piece('劳动者一方（标签）', ['workerCount']),
      employerLabel: piece('用人单位一方（标签）', ['employer']),
      othersLabel: piece('其他参加调解的单位（标签）', [], false),
      presided: piece('主持调解的机关', [...CASE]),
      dispute: must('争议事项', [...CASE, 'workerCount', 'outstanding', 'outstandingWords'], ['outstanding']),
      sessions: piece('联调会及各方承诺（引言）', [...CASE, 'sessionDates']),
      noSessions: piece('未登记联调会时的说明', [...CASE], false),
      planIntro: must('分期履行（引言）', [...CASE, 'signedOn', 'total', 'totalWords', 'instalmentCount'], ['total', 'totalWords']),
      overOwed: piece('超出尚欠工资的约定', [...CASE, 'overOwedReason']),
      note: piece('协议要点', [...CASE, 'note']),
      payDirect: piece('支付方式', [...CASE]),
      breach: piece('不履行的后果', [...CASE]),
      review: must('仲裁审查或者司法确认', [...CASE, 'signedOn', 'reviewDue'], ['reviewDue']),
      copies: piece('协议份数', [...CASE, 'copies']),
    },
    lists: {},
  },
  referralLetter: {
    kind: 'referralLetter',
    texts: {
      title: piece('标题'),
      addressee: piece('主送（公安机关）', ['police']),
      opening: piece('案由', [...CASE, 'filedOn']),
      found: piece('查明的事实', [...CASE]),
      order: must('责令支付及送达', [...CASE, ...ORDER, 'servedHow'], ['orderDeadline', 'orderServedOn']),
      unpaid: must('逾期未支付的数额和人数', [...CASE, 'workerCount', 'outstanding', 'outstandingWords', 'today'], ['outstanding']),
      groundsIntro: piece('逃避支付或有能力支付而不支付的事实（引言）', [...CASE]),
      law: piece('涉嫌犯罪及移送的依据', [...CASE]),
      approval: must('移送的批准', [...CASE, 'approvedOn', 'approver'], ['approvedOn']),
      evidenceIntro: piece('证据清单（引言）', [...CASE, 'evidenceCount']),
      noEvidence: piece('无证据清单时的说明', [...CASE]),
      reply: piece('请求及回复', [...CASE]),
      copyTo: must('抄送人民检察院', ['procuratorate'], ['procuratorate']),
    },
    lists: {},
  },
  blacklistDecision: {
    kind: 'blacklistDecision',
    texts: {
      title: piece('标题'),
      partyLabel: piece('当事人（名称行）', ['employer']),
      personsLine: piece('一并列入的人员', ['persons']),
      order: must('责令限期支付而逾期未支付', [...CASE, ...ORDER], ['orderDeadline']),
      reasons: piece('列入的事实和理由', [...CASE, 'reasons']),
      noticed: piece('事先告知情况', [...CASE, 'noticeDate']),
      statement: piece('陈述申辩及复核', [...CASE, 'statementDate', 'statement']),
      silent: piece('未陈述申辩', [...CASE]),
      decision: must('列入决定及依据', [...CASE, 'persons'], ['persons']),
      term: must('列入期限', [...CASE, 'listedOn', 'termEnd'], ['listedOn', 'termEnd']),
      effects: piece('联合惩戒措施', [...CASE]),
      repair: piece('信用修复（提前移出）', [...CASE]),
      remedy: must('救济途径和期限', [...CASE, 'government'], ['government']),
    },
    lists: { party: partyList },
  },
  delistingDecision: {
    kind: 'delistingDecision',
    texts: {
      titleExpiry: piece('标题（期满移出）'),
      titleEarly: piece('标题（提前移出）'),
      partyLabel: piece('当事人（名称行）', ['employer']),
      listed: must('列入情况', [...CASE, 'listedOn', 'listNumber', 'persons', 'termEnd'], ['listedOn']),
      expiry: must('期满移出', [...CASE, 'termEnd', 'removedOn', 'persons'], ['termEnd', 'removedOn']),
      early: must('提前移出', [...CASE, 'correctionDate', 'eligibleOn', 'pledgeDate', 'paid', 'removedOn', 'persons'], ['correctionDate', 'pledgeDate', 'removedOn']),
      after: piece('移出后', [...CASE]),
    },
    lists: { party: partyList },
  },
  enforcementApplication: {
    kind: 'enforcementApplication',
    texts: {
      title: piece('标题'),
      addressee: piece('主送（人民法院）', ['court']),
      applicant: piece('申请人', ['organ', 'leader']),
      respondentLabel: piece('被申请人（名称行）', ['employer']),
      request: must('申请事项', [...CASE, 'decisions', 'duties', 'outstanding', 'outstandingWords'], ['decisions', 'outstanding']),
      facts: piece('立案和查明的事实', [...CASE, 'filedOn']),
      decided: must('决定及送达', [...CASE, 'decisions', 'decidedOn', 'servedOn'], ['servedOn']),
      appeal: must('复议、诉讼期限届满', [...CASE, 'appealEnd'], ['appealEnd']),
      demanded: must('催告及其期满', [...CASE, 'demandOn', 'demandDue'], ['demandOn', 'demandDue']),
      unpaidIntro: must('劳动者尚未获付的工资（引言）', [...CASE, 'today', 'workerCount', 'outstanding'], ['outstanding']),
      // When the stored payments leave no worker owed: the 赔偿金 and fines are what remains to enforce.
      requestPaid: must('申请事项（劳动报酬已全部获付时）', [...CASE, 'decisions', 'duties'], ['decisions']),
      paidIntro: piece('劳动者工资已全部获付的说明', [...CASE, 'today']),
      law: piece('申请的依据', [...CASE]),
      attachments: piece('随附材料', [...CASE]),
    },
    lists: { party: partyList },
  },
} as const satisfies Record<string, TemplateSpec>;

export const PROCEEDING_PAPER_TEMPLATES: Record<keyof typeof PROCEEDING_PAPER_SPECS, DocumentTemplate> = {
  mediationAgreement: {
    kind: 'mediationAgreement',
    name: '内置模板',
    numbering: { mode: 'series', series: 'mediationAgreement', pattern: '{unitShort}人社调协字〔{year}〕第{n}号' },
    audience: ['allParties'],
    texts: {
      title: '调解协议书',
      workersLabel: '劳动者一方（共{workerCount}人）：',
      employerLabel: '用人单位：{employer}',
      othersLabel: '其他参加调解并承担付款义务的单位：',
      presided: '主持调解：{organ}（劳动保障监察联合调解）',
      dispute: '争议事项：{caseTitle}{caseRef}。上列劳动者被拖欠的工资尚欠人民币{outstanding}（大写：{outstandingWords}）。',
      sessions: '调解过程中，{organ}会同有关部门和单位召开联调会（{sessionDates}），参加的部门、单位和人员及其承诺如下：',
      noSessions: '本案未登记联调会。',
      // 调解仲裁法 Art. 14: the agreement states the parties' agreement and is signed by them and the mediator.
      planIntro: '经调解，各方自愿达成如下协议：拖欠的工资按下列安排分{instalmentCount}期履行，合计人民币{total}（大写：{totalWords}）：',
      overOwed: '本协议约定的金额超过劳动者尚欠工资的部分：{overOwedReason}。',
      note: '其他约定：{note}。',
      // 保障农民工工资支付条例 Arts. 11, 31: paid to each worker himself, by transfer to his own account or against his signed receipt.
      payDirect: '各期款项由付款人直接支付给劳动者本人（转账至劳动者本人账户，或者以现金支付并由劳动者本人签名或者捺印确认），不得交由包工头或者班组长代领代发（《保障农民工工资支付条例》第十一条、第三十一条）。',
      // 调解仲裁法 Arts. 15–16; 条例 Art. 26 (the bureau's order and decision).
      breach: '付款人逾期不履行本协议的，劳动者可以依法申请劳动人事争议仲裁（《中华人民共和国劳动争议调解仲裁法》第十五条），也可以持本协议书依法向人民法院申请支付令（同法第十六条）；本机关依法责令支付、作出行政处理决定或者移送有关机关处理。',
      // 办案规则 Art. 74: a joint application within 15 days of the agreement taking effect.
      review: '本协议自{signedOn}各方签名或者盖章后生效。双方当事人可以自本协议生效之日起十五日内（{reviewDue}前）共同向有管辖权的劳动人事争议仲裁委员会提出仲裁审查申请（《劳动人事争议仲裁办案规则》第七十四条），也可以依法共同向人民法院申请司法确认。',
      copies: '本协议一式{copies}份，各方当事人各执一份，{organ}存档一份。',
    },
    lists: {},
  },
  referralLetter: {
    kind: 'referralLetter',
    name: '内置模板',
    numbering: { mode: 'series', series: 'referralLetter', pattern: '{unitShort}人社监移字〔{year}〕第{n}号' },
    audience: ['internal'],
    texts: {
      title: '涉嫌犯罪案件移送书',
      addressee: '{police}：',
      opening: '{employer}涉嫌拒不支付劳动报酬一案{caseRef}，本机关于{filedOn}立案调查。',
      found: '经查：{facts}',
      // 法释〔2013〕3号 Art. 4: an order served, or posted at the premises or the site and recorded, is 责令支付.
      order: '本机关于{orderDate}向该单位下达劳动保障监察限期改正（支付）指令书，责令其于{orderDeadline}前支付拖欠的劳动报酬。该指令书已于{orderServedOn}{servedHow}。该单位在指定的期限内仍未支付。',
      unpaid: '截至{today}，该单位尚欠{workerCount}名劳动者劳动报酬共计人民币{outstanding}（大写：{outstandingWords}），明细如下：',
      groundsIntro: '该单位有下列逃避支付或者有能力支付而不支付劳动报酬的情形：',
      // 刑法 Art. 276-1; 法释〔2013〕3号 Arts. 2–4; 条例 Art. 50.
      law: '该单位的行为涉嫌构成《中华人民共和国刑法》第二百七十六条之一规定的拒不支付劳动报酬罪，拖欠数额达到《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》（法释〔2013〕3号）规定的“数额较大”标准。依照《保障农民工工资支付条例》第五十条和《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）的规定，现将该案移送你局。',
      approval: '本案移送经本机关负责人{approver}于{approvedOn}批准。',
      evidenceIntro: '随案移送的证据材料共{evidenceCount}项：',
      noEvidence: '本案证据清单中尚无证据材料，有关证据将另行移送。',
      reply: '请依法审查，并将立案或者不予立案的决定书面告知本机关。',
      copyTo: '抄送：{procuratorate}',
    },
    lists: {},
  },
  blacklistDecision: {
    kind: 'blacklistDecision',
    name: '内置模板',
    numbering: { mode: 'series', series: 'blacklistDecision', pattern: '{unitShort}人社失信列字〔{year}〕第{n}号' },
    audience: ['respondent'],
    texts: {
      title: '列入拖欠农民工工资失信联合惩戒对象名单决定书',
      partyLabel: '当事人：{employer}',
      personsLine: '一并列入的人员：{persons}',
      order: '本机关于{orderDate}责令你单位于{orderDeadline}前支付拖欠的农民工工资，你单位逾期未支付。',
      reasons: '经查：{facts}{reasons}。',
      noticed: '本机关于{noticeDate}向你单位送达拟列入失信联合惩戒对象名单事先告知书，告知拟列入的事实、理由、依据和你单位依法享有的陈述、申辩权利。',
      statement: '你单位于{statementDate}提出陈述、申辩，本机关进行了复核：{statement}。',
      silent: '你单位在规定期限内未提出陈述、申辩。',
      // 办法 Art. 5: the employer and its legal representative or principal, managers and directly responsible staff.
      decision: `依照${LIST_ACT}第五条的规定，本机关决定将你单位列入拖欠农民工工资失信联合惩戒对象名单，并将{persons}一并列入。`,
      term: '列入期限为三年，自{listedOn}起至{termEnd}止。期限届满的，由本机关将你单位及上述人员移出名单。',
      // 条例 Art. 48.
      effects: '列入名单期间，有关部门依照《保障农民工工资支付条例》第四十八条的规定，在政府资金支持、政府采购、招投标、融资贷款、市场准入、税收优惠、评优评先、交通出行等方面依法依规予以限制。',
      repair: '你单位改正违法行为、支付拖欠的农民工工资满六个月，并作出书面守信承诺的，可以向本机关申请提前移出。',
      remedy: REMEDY_TEXT,
    },
    lists: { party: PARTY_LINES },
  },
  delistingDecision: {
    kind: 'delistingDecision',
    name: '内置模板',
    numbering: { mode: 'series', series: 'delistingDecision', pattern: '{unitShort}人社失信移字〔{year}〕第{n}号' },
    audience: ['respondent'],
    texts: {
      titleExpiry: '移出拖欠农民工工资失信联合惩戒对象名单决定书',
      titleEarly: '提前移出拖欠农民工工资失信联合惩戒对象名单决定书',
      partyLabel: '当事人：{employer}',
      listed: '本机关于{listedOn}作出{listNumber}，将你单位及{persons}列入拖欠农民工工资失信联合惩戒对象名单，列入期限至{termEnd}止。',
      expiry: `列入期限已于{termEnd}届满。依照${LIST_ACT}的规定，本机关决定自{removedOn}起将你单位及{persons}移出拖欠农民工工资失信联合惩戒对象名单。`,
      early: `你单位已于{correctionDate}改正违法行为、支付拖欠的农民工工资（{paid}），至{eligibleOn}已满六个月，并于{pledgeDate}向本机关作出书面守信承诺。依照${LIST_ACT}关于提前移出的规定，本机关决定自{removedOn}起将你单位及{persons}提前移出拖欠农民工工资失信联合惩戒对象名单。`,
      after: '移出后，本机关将移出信息推送至本级信用信息共享平台，有关部门依法停止实施联合惩戒措施。',
    },
    lists: { party: PARTY_LINES },
  },
  enforcementApplication: {
    kind: 'enforcementApplication',
    name: '内置模板',
    numbering: { mode: 'series', series: 'enforcementApplication', pattern: '{unitShort}人社监执字〔{year}〕第{n}号' },
    audience: ['internal'],
    texts: {
      title: '强制执行申请书',
      addressee: '{court}：',
      applicant: '申请人：{organ}　负责人：{leader}',
      respondentLabel: '被申请人：{employer}',
      request: '申请事项：请求依法强制执行申请人作出的{decisions}，由被申请人{duties}。其中劳动者尚未获付的劳动报酬共计人民币{outstanding}（大写：{outstandingWords}）。',
      facts: '事实和理由：申请人于{filedOn}对{caseTitle}一案{caseRef}立案调查。经查：{facts}',
      decided: '申请人于{decidedOn}作出{decisions}，于{servedOn}送达被申请人。',
      // 行政强制法 Art. 53.
      appeal: '被申请人在法定期限内（至{appealEnd}届满）未申请行政复议，也未提起行政诉讼，又不履行上述决定。',
      // 行政强制法 Art. 54: ten days after the 催告 was served.
      demanded: '申请人于{demandOn}向被申请人送达催告书，催告其于{demandDue}前履行义务，被申请人逾期仍未履行。',
      unpaidIntro: '截至{today}，被申请人尚欠{workerCount}名劳动者劳动报酬共计人民币{outstanding}（按申请人登记的各劳动者本人收款记录计算），明细如下：',
      requestPaid: '申请事项：请求依法强制执行申请人作出的{decisions}，由被申请人{duties}；其中劳动者的劳动报酬已全部获付，请求执行尚未履行的其余部分。',
      paidIntro: '截至{today}，按申请人登记的各劳动者本人收款记录，劳动者的劳动报酬已全部获付，明细如下：',
      law: '依照《中华人民共和国行政强制法》第五十三条、第五十四条和《保障农民工工资支付条例》第四十二条的规定，特申请人民法院强制执行。',
      // 行政强制法 Art. 55: the materials an application carries.
      attachments: '附：1. 行政决定书及作出决定的事实、理由和依据；2. 决定书的送达回证；3. 当事人的意见及催告书和送达回证；4. 申请强制执行标的情况（劳动者工资支付明细）。',
    },
    lists: { party: PARTY_LINES },
  },
};

/** The numbering modes that make sense for these kinds (templates.ts NUMBERING_MODES). */
export const PROCEEDING_PAPER_NUMBERING: Record<keyof typeof PROCEEDING_PAPER_SPECS, readonly NumberingPolicy['mode'][]> = {
  mediationAgreement: ['series', 'caseNumber', 'none'],
  referralLetter: ['series', 'caseNumber', 'none'],
  blacklistDecision: ['series', 'caseNumber', 'none'],
  delistingDecision: ['series', 'caseNumber', 'none'],
  enforcementApplication: ['series', 'caseNumber', 'none'],
} satisfies Partial<Record<DocumentKind, readonly NumberingPolicy['mode'][]>>;
