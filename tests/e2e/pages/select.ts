import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses an option of an MUI select or autocomplete the way a person does — open it, click the option — and checks
 * that the menu closed on it. On a machine under heavy load either click can be lost: the opening click (no menu
 * came) or the option's, landing while the menu was still opening (the menu stays open on the old value). A person
 * clicks again, and so does this, until an option was clicked and the menu has closed.
 */
export async function chooseOption(page: Page, select: Locator, option: string | RegExp, { exact = false } = {}): Promise<void> {
  const listbox = page.getByRole('listbox');
  let clicked = false;
  await expect(async () => {
    if ((await listbox.count()) === 0) {
      if (clicked) return;
      await openOnce(page, select);
    }
    await listbox.getByRole('option', { name: option, exact }).click({ timeout: 5_000 });
    clicked = true;
    await expect(listbox).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 25_000 });
}

/** Opens a select's or an autocomplete's menu (clicking again if a click brought no menu), to look at its options. */
export async function openOptions(page: Page, select: Locator): Promise<void> {
  await expect(async () => {
    if ((await page.getByRole('listbox').count()) === 0) await openOnce(page, select);
  }).toPass({ timeout: 25_000 });
}

async function openOnce(page: Page, select: Locator): Promise<void> {
  await select.click({ timeout: 5_000 });
  await expect(page.getByRole('listbox')).toHaveCount(1, { timeout: 3_000 });
}
