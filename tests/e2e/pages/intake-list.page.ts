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

  /** Waits until the list shows exactly these registration numbers, in order. */
  async expectRegNos(regNos: string[]): Promise<void> {
    await expect(async () => {
      const texts = await this.rows().getByTestId('reg-no').allTextContents();
      expect(texts).toEqual(regNos);
    }).toPass({ timeout: 10_000 });
  }
}
