// The desk as a new user tries it (issue #11 §6): where the cursor starts, which kind of party the dialog offers,
// that an abandoned registration leaves nothing behind, that a saved one leaves a blank form, and that amounts
// typed in full-width digits or far too large are caught before they are saved.
import { expect, test } from '../fixtures';

test('the form opens with the cursor in its first field, and goes back there for the next visitor', async ({ page, app }) => {
  await app.initialize();
  await app.signIn(page);
  // The desk opens on the form: the cursor is on 登记类型, not in the menu eight Tabs away.
  await expect(page.getByRole('heading', { name: '接待登记' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('来源渠道')).toBeFocused();

  // Back from the list, the same; and after 清空重填, with 举报 chosen before, on the default 投诉 again.
  await page.getByRole('link', { name: '登记台账' }).click();
  await page.getByRole('link', { name: '接待登记' }).click();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '举报' })).toBeChecked();
  await page.getByRole('button', { name: '清空重填' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '清空' }).click();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '投诉' })).toBeFocused();
});
