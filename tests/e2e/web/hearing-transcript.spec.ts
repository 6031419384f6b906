// 庭审笔录 on screen (issue #13; 调解仲裁法 Art. 40), on the demo data, in short steps: a case heard by 王芳 sitting
// alone with 央金 as clerk, the hearing recorded as held (arranged through the core, its clock moved to the hearing
// day; the page keeps today's). 1 · the clerk starts the record from the hearing and notes those present (the
// employer's agent added) and the language, Tibetan with an interpreter; the draft saved as typed survives a reload.
// 2 · the entries typed in the hearing's order, each stage with its speaker, survive a reload. 3 · 定稿 is refused
// until the interpreter is told of the duty, then locks the record. 4 · a participant's 补正 is appended and the
// paper printed for every signature, read back from the PDF. Each step past the first starts from the record as the
// one before left it (arranged through the core).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, shoot, test, type AppFixture } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { chooseOption } from '../pages/select';

const EMPLOYER = '日喀则市华建建筑工程有限公司';
const WORKER = '扎西';
const AGENT = '李建国';
const INTERPRETER = '次仁央宗';

/** The hearing's record in the order it ran: each stage, who spoke and what was said. */
const ENTRIES = [
  { stage: '开庭（核对当事人，宣布仲裁庭组成、纪律和权利义务）', speaker: '独任仲裁员王芳', text: '现在开庭。核对当事人身份，宣布仲裁庭组成人员，告知当事人的权利和义务。' },
  { stage: '当事人陈述', speaker: `申请人${WORKER}`, text: '请求裁决被申请人支付2026年8月至10月工资18000元。' },
  { stage: '举证、质证', speaker: `被申请人委托代理人${AGENT}`, text: '对工资欠条的真实性无异议，对证明目的有异议。' },
  { stage: '辩论', speaker: `申请人${WORKER}`, text: '欠条是项目部出具的，被申请人应当支付。' },
  { stage: '最后陈述', speaker: `申请人${WORKER}`, text: '坚持仲裁请求。' },
  { stage: '调解', speaker: '独任仲裁员王芳', text: '双方是否同意调解？被申请人代理人表示不同意调解。' },
] as const;

interface Heard {
  caseFileId: string;
  title: string;
  hearingId: string;
  /** The hearing's day, and the core's client as 王芳 on it. */
  day: string;
  acting: Client;
}

/** An arbitration accepted today, 王芳 sitting alone with 央金, heard on the first lawful day with both parties present. */
async function heardCase(app: AppFixture): Promise<Heard> {
  await app.initializeWithDemo();
  const today = dateKeyOf(Date.now());
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(today, '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠三个月工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: WORKER, idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  for (const name of ['王芳', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const wang = await app.as('王芳', DEMO_PASSWORD);
  const step = async (action: string, input: Record<string, unknown>) => {
    const p = (await wang.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
    await wang.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
    return p.proceedingId;
  };
  await step('accept', { date: today });
  // 独任 only in a case decided simple (办案规则 Art. 56).
  await step('simplify', { date: today, ground: 'consent', amountFen: 0, bar: 'none', note: null });
  const proceedingId = await step('compose', { date: today, form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') });
  const room = (await wang.call('hearings.rooms', {})).find((r) => r.name === '第一仲裁庭')!;
  const slot = { date: today, start: '15:00', end: '17:00', roomId: room.id };
  const { earliest: day } = await wang.call('hearings.review', { proceedingId, ...slot, hearingId: null });
  const h = await wang.call('hearings.schedule', { proceedingId, ...slot, date: day });
  // The core's clock moves to 17:30 on the hearing day, when the clerk records it as held.
  app.advanceCoreClock(instantOf(day, '17:30') - Date.now());
  const acting = await app.as('王芳', DEMO_PASSWORD);
  const booked = (await acting.call('hearings.ofCase', { caseFileId })).hearings.find((x) => x.id === h.id)!;
  await acting.call('hearings.recordHeld', { hearingId: h.id, expectedRowVersion: booked.rowVersion, applicantAppeared: true, respondentAppeared: true, absentWithoutCause: false, note: null });
  return { caseFileId, title: (await acting.call('cases.get', { id: caseFileId })).title, hearingId: h.id, day, acting };
}

async function openFile(page: Page, app: AppFixture, f: Heard): Promise<Locator> {
  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
  const section = page.getByTestId('hearing-transcripts');
  await section.scrollIntoViewIfNeeded();
  return section;
}

const STAGE_KEYS = ['opening', 'statements', 'evidence', 'debate', 'finalStatements', 'mediation'] as const;

/** The draft as step 1 left it (those present, Tibetan with 次仁央宗, the end time) and `entries` of ENTRIES typed. */
async function drafted(f: Heard, entries: number, dutyTold = false) {
  const started = await f.acting.call('hearingTranscript.create', { hearingId: f.hearingId });
  return f.acting.call('hearingTranscript.save', {
    id: started.id,
    rowVersion: started.rowVersion,
    startedAt: started.startedAt,
    endedAt: instantOf(f.day, '16:40'),
    place: started.place,
    attendees: [...started.attendees, { side: 'respondent', capacity: 'agent', name: AGENT, party: EMPLOYER }],
    language: 'bo',
    languageOther: null,
    interpreterName: INTERPRETER,
    interpreterDutyTold: dutyTold,
    entries: ENTRIES.slice(0, entries).map((e, i) => ({ stage: STAGE_KEYS[i]!, speaker: e.speaker, text: e.text })),
  });
}

const stored = async (f: Heard) => (await f.acting.call('hearingTranscript.list', { caseFileId: f.caseFileId })).hearings[0]!.transcript!;

/** Chooses an option of an MUI select field by its label inside `within`. */
async function choose(page: Page, within: Locator, label: string, option: string): Promise<void> {
  await chooseOption(page, within.getByRole('combobox', { name: label }), option, { exact: true });
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test('1 · the clerk starts the record from the hearing and notes those present and the language, Tibetan with an interpreter; the draft survives a reload', async ({ page, app, consoleErrors }) => {
  const f = await heardCase(app);
  const section = await openFile(page, app, f);
  await expect(section).toContainText(`${f.day} 15:00 第一仲裁庭开庭`);
  await section.getByRole('button', { name: '制作庭审笔录' }).click();
  await expect(section.getByTestId('transcript-status')).toHaveText('草稿');
  await shoot(section, 'transcript-1-started');
  await section.getByRole('button', { name: '继续记录' }).click();
  const dialog = page.getByRole('dialog', { name: /^庭审笔录/ });
  // Filled from the hearing: the tribunal and clerk as they sat, the time and room, the applicant who appeared.
  await expect(dialog).toContainText('独任仲裁员王芳；书记员：央金');
  await expect(dialog.getByRole('textbox', { name: '开庭（时:分）' })).toHaveValue('15:00');
  await expect(dialog.getByRole('textbox', { name: '开庭地点' })).toHaveValue('第一仲裁庭');
  await expect(dialog.getByTestId('attendee')).toHaveCount(1);
  await expect(dialog.getByTestId('attendee').first().getByRole('textbox', { name: '姓名' })).toHaveValue(WORKER);
  await snap(page, 'transcript-1-opened', { fullPage: false });

  await fillDate(page, '闭庭（日期）', f.day, dialog);
  await dialog.getByRole('textbox', { name: '闭庭（时:分）' }).fill('16:40');
  await dialog.getByRole('button', { name: '添加到庭人员' }).click();
  const agent = dialog.getByTestId('attendee').nth(1);
  await expect(agent.getByRole('combobox', { name: '哪一方' })).toHaveText('被申请人');
  await expect(agent.getByRole('combobox', { name: '身份' })).toHaveText('委托代理人');
  // Whom the agent speaks for is filled in from the case's parties.
  await expect(agent.getByRole('textbox', { name: '代表的当事人' })).toHaveValue(EMPLOYER);
  await agent.getByRole('textbox', { name: '姓名' }).fill(AGENT);
  await dialog.getByRole('radio', { name: '藏语' }).check();
  await dialog.getByRole('textbox', { name: '翻译人员' }).fill(INTERPRETER);
  await expect(dialog.getByTestId('autosave-status')).toHaveText(/^草稿已自动保存（\d\d:\d\d）$/, { timeout: 15_000 });
  await snap(page, 'transcript-1-typed', { fullPage: false });

  // Nothing typed is lost: the page reloaded with the dialog open, the record opens as it was typed.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
  await expect(section.getByText(`记录 0 条；到庭：申请人${WORKER}、被申请人${EMPLOYER}委托代理人${AGENT}`)).toBeVisible();
  await section.getByRole('button', { name: '继续记录' }).click();
  await expect(dialog.getByRole('textbox', { name: '闭庭（时:分）' })).toHaveValue('16:40');
  await expect(dialog.getByRole('radio', { name: '藏语' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: '翻译人员' })).toHaveValue(INTERPRETER);
  expect(await stored(f)).toMatchObject({ status: 'draft', language: 'bo', interpreterName: INTERPRETER, interpreterDutyTold: false, endedAt: instantOf(f.day, '16:40') });
  expect(consoleErrors).toEqual([]);
});

test('2 · the entries are typed in the hearing’s order, each stage with its speaker, and survive a reload', async ({ page, app, consoleErrors }) => {
  const f = await heardCase(app);
  await drafted(f, 0);
  const section = await openFile(page, app, f);
  await section.getByRole('button', { name: '继续记录' }).click();
  const dialog = page.getByRole('dialog', { name: /^庭审笔录/ });
  for (const [i, e] of ENTRIES.entries()) {
    await dialog.getByRole('button', { name: '添加一条记录' }).click();
    const entry = dialog.getByTestId('transcript-entry').nth(i);
    await expect(entry.getByRole('textbox', { name: `第${i + 1}条 发言人` })).toBeFocused();
    // A new entry takes the stage of the one before; the clerk moves it on as the hearing moves.
    if (i > 0) await choose(page, entry, '阶段', e.stage);
    await entry.getByRole('textbox', { name: `第${i + 1}条 发言人` }).fill(e.speaker);
    await entry.getByRole('textbox', { name: `第${i + 1}条 内容` }).fill(e.text);
  }
  // Saved a moment after the typing stops; every stage of a hearing both parties attended is there (no advice left).
  await expect(dialog.getByTestId('autosave-status')).toHaveText(/^草稿已自动保存/, { timeout: 15_000 });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await snap(page, 'transcript-2-entries', { fullPage: false });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
  await expect(section.getByText(`记录 ${ENTRIES.length} 条`, { exact: false })).toBeVisible();
  await section.getByRole('button', { name: '继续记录' }).click();
  await expect(dialog.getByTestId('transcript-entry')).toHaveCount(ENTRIES.length);
  await expect(dialog.getByTestId('transcript-entry').nth(2).getByRole('combobox', { name: '阶段' })).toHaveText(ENTRIES[2].stage);
  await expect(dialog.getByRole('textbox', { name: '第3条 发言人' })).toHaveValue(ENTRIES[2].speaker);
  expect((await stored(f)).entries).toEqual(ENTRIES.map((e, i) => ({ stage: STAGE_KEYS[i], speaker: e.speaker, text: e.text })));
  expect(consoleErrors).toEqual([]);
});

test('3 · 定稿 waits until the interpreter is told of the duty to translate truly and fully, then locks the record', async ({ page, app, consoleErrors }) => {
  const f = await heardCase(app);
  await drafted(f, ENTRIES.length);
  const section = await openFile(page, app, f);
  // Refused in the core's words, and the record stays a draft; the way back leads to the draft.
  await section.getByRole('button', { name: '定稿' }).click();
  const finalise = page.getByRole('dialog', { name: '庭审笔录定稿' });
  await finalise.getByRole('button', { name: '定稿' }).click();
  await expect(finalise.getByRole('alert')).toHaveText('请先告知翻译人员如实、完整翻译的义务，并勾选“已告知”');
  await snap(page, 'transcript-3-refused', { fullPage: false });
  await finalise.getByRole('button', { name: '返回修改' }).click();
  const dialog = page.getByRole('dialog', { name: /^庭审笔录/ });
  const told = dialog.getByRole('checkbox', { name: '已告知翻译人员应如实、完整翻译' });
  await expect(told).not.toBeChecked();
  await told.check();
  await expect(dialog.getByTestId('autosave-status')).toHaveText(/^草稿已自动保存/, { timeout: 15_000 });
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(section.getByTestId('transcript-status')).toHaveText('草稿');

  await section.getByRole('button', { name: '定稿' }).click();
  await finalise.getByRole('button', { name: '定稿' }).click();
  await expect(finalise).toHaveCount(0);
  await expect(section.getByTestId('transcript-status')).toHaveText('已定稿');
  await shoot(section, 'transcript-3-final');
  // Locked: nothing more is typed into it, and the core refuses a save as well.
  await expect(section.getByRole('button', { name: '继续记录' })).toHaveCount(0);
  const final = await stored(f);
  expect(final).toMatchObject({ status: 'final', interpreterDutyTold: true });
  const refused = await f.acting.invoke('hearingTranscript.save', {
    id: final.id,
    rowVersion: final.rowVersion,
    startedAt: final.startedAt,
    endedAt: final.endedAt,
    place: '第二仲裁庭',
    attendees: final.attendees,
    language: final.language,
    languageOther: final.languageOther,
    interpreterName: final.interpreterName,
    interpreterDutyTold: final.interpreterDutyTold,
    entries: final.entries,
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(consoleErrors).toEqual([]);
});

test('4 · a participant’s 补正 is appended to the finalised record, and the paper is printed for every signature', async ({ page, app, consoleErrors }) => {
  const f = await heardCase(app);
  const draft = await drafted(f, ENTRIES.length, true);
  await f.acting.call('hearingTranscript.finalise', { id: draft.id, rowVersion: draft.rowVersion });
  const section = await openFile(page, app, f);

  await section.getByRole('button', { name: '追加更正' }).click();
  const correct = page.getByRole('dialog', { name: '追加更正（补正）' });
  await correct.getByRole('button', { name: '追加更正' }).click();
  await expect(correct.getByText('请填写更正内容')).toBeVisible();
  await correct.getByRole('textbox', { name: '更正内容' }).fill('第2条申请人陈述中“18000元”应为“19500元”');
  await correct.getByRole('textbox', { name: '更正理由' }).fill('申请人核对笔录时指出请求金额记错，申请补正');
  await snap(page, 'transcript-4-correction', { fullPage: false });
  await correct.getByRole('button', { name: '追加更正' }).click();
  await expect(correct).toHaveCount(0);
  await expect(section.getByTestId('transcript-correction')).toContainText('第2条申请人陈述中“18000元”应为“19500元”（理由：申请人核对笔录时指出请求金额记错，申请补正）');

  await section.getByRole('button', { name: '打印笔录' }).click();
  await expect(section).toContainText('已生成庭审笔录');
  const doc = page.getByTestId('document-card').filter({ hasText: '庭审笔录' });
  await expect(doc).toBeVisible();
  await shoot(section, 'transcript-4-printed');

  // The paper as printed: rendered for review, and read back — the interpreter, the entries, the correction.
  const pending = page.waitForEvent('download');
  await doc.getByRole('button', { name: /^下载 PDF：庭审笔录/ }).click();
  const file = test.info().outputPath('庭审笔录.pdf');
  await (await pending).saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  execFileSync('pdftoppm', ['-r', '60', '-png', file, test.info().outputPath('transcript-pdf')]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, '');
  for (const s of [INTERPRETER, AGENT, '坚持仲裁请求。', '申请人核对笔录时指出请求金额记错，申请补正']) expect(text, s).toContain(s);
  expect(consoleErrors).toEqual([]);
});
