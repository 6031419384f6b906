import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Chooses an option of an MUI select the way a person does — open it, click the option — and checks that the menu
 * closed on it. On a machine under heavy load a click that lands while the menu is still opening can be lost (the
 * menu stays open on the old value); a person would click again, and so does this, until the menu has closed.
 */
export async function chooseOption(page: Page, select: Locator, option: string | RegExp, { exact = false } = {}): Promise<void> {
  const listbox = page.getByRole('listbox');
  await select.click();
  await expect(async () => {
    if ((await listbox.count()) === 0) return;
    await listbox.getByRole('option', { name: option, exact }).click({ timeout: 5_000 });
    await expect(listbox).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
