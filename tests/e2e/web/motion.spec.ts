// A person who asks the system for less motion (prefers-reduced-motion) gets the same screens without their
// animations: dialogs appear at once, a pressed button does not ripple, and a button reached by the keyboard is
// outlined instead (renderer/src/app/theme.ts, stillTheme). Without the preference the app animates as MUI does.
import type { Locator, Page } from '@playwright/test';
import { expect, shoot, test, type AppFixture } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';

/** Whether pressing the button starts a ripple inside it (then the mouse is released: the press is a click). */
async function ripples(page: Page, button: Locator): Promise<boolean> {
  await button.hover();
  await page.mouse.down();
  const started = await button
    .locator('.MuiTouchRipple-child')
    .first()
    .waitFor({ timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  await page.mouse.up();
  return started;
}

/**
 * On the desk form, the new-party dialog opened and its 取消 pressed: the inline transition its fade left on the
 * dialog's container once open ('none' when it did not fade), and whether the press rippled (it closes the dialog).
 */
async function dialogAndPress(page: Page, app: AppFixture): Promise<{ transition: string; rippled: boolean }> {
  await app.initialize();
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  const dialog = await form.openNewParty('王德发', '个人');
  const transition = await dialog.locator('xpath=ancestor::*[contains(@class, "MuiDialog-container")]').evaluate((e) => (e as HTMLElement).style.transition);
  const rippled = await ripples(page, dialog.getByRole('button', { name: '取消' }));
  await expect(dialog).toHaveCount(0);
  return { transition, rippled };
}

test.describe('less motion asked for', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a dialog appears without fading in, a pressed button does not ripple, the keyboard’s button is outlined', async ({ page, app }) => {
    expect(await dialogAndPress(page, app)).toEqual({ transition: 'none', rippled: false });

    // Tab to a button: no focus ripple to show where the keyboard is, so an outline does.
    const button = page.getByRole('button', { name: '清空重填' });
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect(button).toHaveCSS('outline-style', 'solid');
    await shoot(button.locator('xpath=..'), 'less-motion-focus');
  });
});

test.describe('no preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a dialog fades in and a pressed button ripples', async ({ page, app }) => {
    const seen = await dialogAndPress(page, app);
    expect(seen.transition).toContain('opacity');
    expect(seen.rippled).toBe(true);
  });
});
