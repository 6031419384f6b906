import { expect, type Page } from '@playwright/test';

export class IntakeListPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByRole('link', { name: '登记台账' }).click();
    await expect(this.page.getByRole('heading', { name: '登记台账' })).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('检索登记').fill(text);
  }

  rows() {
    return this.page.getByTestId('intake-row');
  }

  /**
   * Searches and opens the one registration found. The search answers after a pause, so the row is clicked only
   * once the list shows exactly one: a click on the unfiltered list it replaces would be lost with that list.
   */
  async openOnly(text: string): Promise<void> {
    await this.search(text);
    await expect(this.rows()).toHaveCount(1);
    await this.rows().first().click();
  }

  /** Waits until the list shows exactly these registration numbers, in order. */
  async expectRegNos(regNos: string[]): Promise<void> {
    await expect(async () => {
      const texts = await this.rows().getByTestId('reg-no').allTextContents();
      expect(texts).toEqual(regNos);
    }).toPass({ timeout: 10_000 });
  }
}
