// 设置 → 文书模板, driven the way the administrator drives it: pick a kind, edit its pieces, save or put it back.
import { expect, type Locator, type Page } from '@playwright/test';

export class DocumentTemplatesPage {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.getByTestId('template-editor');
  }

  async goto(): Promise<void> {
    await this.page.evaluate(() => (location.hash = '#/settings?tab=templates'));
    await expect(this.page.getByRole('tab', { name: '文书模板' })).toHaveAttribute('aria-selected', 'true');
    await expect(this.editor).toBeVisible();
  }

  kind(label: string): Locator {
    return this.page.getByRole('list', { name: '文书种类' }).getByRole('button', { name: new RegExp(`^${label}`) });
  }

  async choose(label: string): Promise<void> {
    await this.kind(label).click();
    await expect(this.editor.getByRole('heading', { name: label })).toBeVisible();
  }

  /** A text piece's field, by its Chinese label. */
  text(label: string): Locator {
    return this.editor.getByRole('textbox', { name: label });
  }

  /** The block around a text piece (its field, message and placeholder chips), by the piece's code name. */
  piece(name: string): Locator {
    return this.editor.getByTestId(`template-text-${name}`);
  }

  list(name: string): Locator {
    return this.editor.getByTestId(`template-list-${name}`);
  }

  saveButton(): Locator {
    return this.editor.getByRole('button', { name: '保存', exact: true });
  }
}
