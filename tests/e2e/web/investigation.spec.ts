// 调查取证 on an inspection file (issue #12, the investigation's records): the inspector pair 张伟 and 达瓦次仁
// question a Tibetan-speaking 班组长 through an interpreter — refused first with one inspector named and with no
// interpreter for 藏语, in the core's words at the fields — and keep the record as a draft; then, read back and
// finalised, it takes a correction and is printed for signature: the PDF carries the Tibetan answer, the page foot for
// the interviewee's signature and thumbprint on every page, and the correction. The file is arranged through the core.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateTimeOf } from '../../../shared/domain/time';
import { TIBETAN_ANSWER } from '../../fixtures/investigation';
import { expect, snap, shoot, test, type AppFixture } from '../fixtures';
import { filedInspection, TEAM_LEADER } from '../investigation-setup';
import { fillDate } from '../pages/date-field';
import { chooseOption } from '../pages/select';

async function openFile(page: Page, app: AppFixture, caseFileId: string) {
  await app.signIn(page, '张伟', DEMO_PASSWORD);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), caseFileId);
  await expect(page.getByTestId('investigation-panel')).toBeVisible();
}

test('an inspector pair records an interview with a Tibetan-speaking 班组长 through an interpreter, as a draft', async ({ app, page, consoleErrors }) => {
  const f = await filedInspection(app);
  await openFile(page, app, f.caseFileId);
  await page.getByRole('button', { name: '新建询问笔录' }).click();
  const dialog = page.getByRole('dialog', { name: '新建询问笔录' });
  const start = dateTimeOf(Date.now() - 80 * 60_000);
  const end = dateTimeOf(Date.now() - 5 * 60_000);
  await fillDate(page, '询问开始（日期）', start.slice(0, 10), dialog);
  await dialog.getByRole('textbox', { name: '询问开始（时:分）' }).fill(start.slice(11));
  await fillDate(page, '询问结束（日期）', end.slice(0, 10), dialog);
  await dialog.getByRole('textbox', { name: '询问结束（时:分）' }).fill(end.slice(11));
  await dialog.getByRole('textbox', { name: '询问地点' }).fill('劳动保障监察支队203室');
  await dialog.getByRole('checkbox', { name: /^张伟/ }).check();
  await chooseOption(page, dialog.getByRole('combobox', { name: '与本案的关系' }), `${TEAM_LEADER}（班组（包工头））`);
  await expect(dialog.getByRole('textbox', { name: '姓名' })).toHaveValue(TEAM_LEADER);
  await dialog.getByRole('textbox', { name: '职务（工种）' }).fill('木工班组长');
  await dialog.getByRole('radio', { name: '藏语' }).check();
  await dialog.getByRole('textbox', { name: '第1问' }).fill('你在哪个工地干活？从什么时候开始？');
  await dialog.getByRole('textbox', { name: '第1答' }).fill(`${TIBETAN_ANSWER}（译：我们从3月开始干活，7月以后没有发过工资。）`);
  await dialog.getByRole('button', { name: '添加一组问答' }).click();
  await dialog.getByRole('textbox', { name: '第2问' }).fill('班组有多少人？欠了多少工资？');
  await dialog.getByRole('textbox', { name: '第2答' }).fill('一共15人，老板说年底结账，到现在欠了大约38万元。');

  // A stray Escape does not throw the interview away: it asks first.
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('笔录有尚未保存的内容。请先“保存草稿”')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '放弃修改' })).toBeVisible();

  // One inspector and no interpreter: refused, each at its field, nothing typed lost.
  await dialog.getByRole('button', { name: '保存草稿' }).click();
  await expect(dialog.getByText('询问须由两名以上持有效执法证的监察员进行（现有1名，《劳动保障监察条例》第十六条）')).toBeVisible();
  await expect(dialog.getByText('使用藏语询问的，须有翻译人员；请填写翻译人员姓名')).toBeVisible();
  await snap(page, 'inquiry-refused', { fullPage: false });
  await dialog.getByRole('checkbox', { name: /^达瓦次仁/ }).check();
  await dialog.getByRole('textbox', { name: '翻译人员' }).fill('次仁央宗');
  await dialog.getByRole('checkbox', { name: '已告知翻译人员应如实、完整翻译' }).check();
  await expect(dialog.getByRole('textbox', { name: '第1答' })).toHaveValue(new RegExp(TIBETAN_ANSWER.slice(0, 6)));
  await dialog.getByRole('button', { name: '保存草稿' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByTestId('inquiry-record');
  await expect(card.getByTestId('inquiry-status')).toHaveText('草稿');
  await expect(card).toContainText(`询问笔录：${TEAM_LEADER}（木工班组长）`);
  await expect(card).toContainText('询问人 张伟、达瓦次仁 · 藏语，翻译：次仁央宗');
  await expect(card.getByTestId('inquiry-qa')).toContainText(TIBETAN_ANSWER.slice(0, 10));
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'inquiry-draft');
  expect(consoleErrors).toEqual([]);
});

test('the record is read back and finalised, takes a correction, and is printed for signature on every page', async ({ app, page, consoleErrors }) => {
  const f = await filedInspection(app);
  const draft = await f.zhang.call('investigation.createRecord', {
    proceedingId: f.proceedingId,
    startedAt: Date.now() - 80 * 60_000,
    endedAt: Date.now() - 5 * 60_000,
    place: '劳动保障监察支队203室',
    inspectorIds: [f.id('张伟'), f.id('达瓦次仁')],
    recorderId: f.id('达瓦次仁'),
    interviewee: { partyId: null, name: TEAM_LEADER, sex: 'M', idNumber: null, workplace: '雪域劳务公司木工班组', post: '班组长', phone: null, address: null },
    language: 'bo',
    languageOther: null,
    interpreterName: '次仁央宗',
    interpreterDutyTold: true,
    qa: [
      { q: '你在哪个工地干活？从什么时候开始？', a: `${TIBETAN_ANSWER}（译：我们从3月开始干活，7月以后没有发过工资。）` },
      { q: '班组有多少人？', a: '一共15人。' },
    ],
  });
  await openFile(page, app, f.caseFileId);
  const card = page.getByTestId('inquiry-record');
  await card.getByRole('button', { name: '定稿' }).click();
  await page.getByRole('dialog', { name: '询问笔录定稿' }).getByRole('button', { name: '定稿' }).click();
  await expect(card.getByTestId('inquiry-status')).toHaveText('已定稿');
  await expect(card.getByRole('button', { name: '修改' })).toHaveCount(0);

  await card.getByRole('button', { name: '追加更正' }).click();
  const correct = page.getByRole('dialog', { name: '追加更正' });
  await correct.getByRole('textbox', { name: '更正内容' }).fill('第一问的回答中“3月”应为“4月”');
  await correct.getByRole('textbox', { name: '更正理由' }).fill('被询问人核对时指出开工月份记错');
  await correct.getByRole('button', { name: '追加更正' }).click();
  await expect(correct).toBeHidden();
  await expect(card.getByTestId('inquiry-correction')).toContainText('第一问的回答中“3月”应为“4月”（理由：被询问人核对时指出开工月份记错）');

  await card.getByRole('button', { name: '打印笔录' }).click();
  await expect(page.getByTestId('investigation-panel')).toContainText('已生成询问笔录：请在下方“文书”中打印，交被询问人逐页签名并捺印');
  const doc = page.getByTestId('document-card').filter({ hasText: '询问笔录' });
  await expect(doc).toBeVisible();
  await page.getByTestId('investigation-panel').scrollIntoViewIfNeeded();
  await shoot(page, 'inquiry-final');

  // The PDF as printed: its pages rendered for review, the Tibetan answer, the foot on every page, the correction.
  const pending = page.waitForEvent('download');
  await doc.getByRole('button', { name: /^下载 PDF：询问笔录/ }).click();
  const download = await pending;
  const file = test.info().outputPath('询问笔录.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  execFileSync('pdftoppm', ['-r', '60', '-png', file, test.info().outputPath('inquiry-pdf')]);
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').split('\f').filter((p) => p.trim() !== '');
  const text = pages.join('').replace(/\s+/g, '');
  expect(text).toContain('ཟླ་བ་བདུན་པ་ནས་གླ་ཆ་སྤྲད');
  expect(text).toContain('以上笔录我已看过（或者已向我宣读、翻译），记录的内容与我所说的一致。');
  expect(text).toContain('（更正理由：被询问人核对时指出开工月份记错）');
  for (const p of pages) expect(p.replace(/\s+/g, '')).toContain('被询问人（签名并捺印）：');
  expect(draft.status).toBe('draft');
  expect(consoleErrors).toEqual([]);
});
