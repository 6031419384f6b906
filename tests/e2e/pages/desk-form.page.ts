// The desk form (接待登记), driven the way a clerk drives it: mostly by keyboard.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Worker {
  name: string;
  id?: string;
  missingReason?: string;
  phone?: string;
  amount?: string;
  /** What the worker states besides (住所, 职业, 工作单位), typed in the line under the row. */
  address?: string;
  occupation?: string;
  workplace?: string;
}

export class DeskFormPage {
  constructor(readonly page: Page) {}

  row(i: number): Locator {
    return this.page.getByTestId('complainant-row').nth(i);
  }

  async goto(): Promise<void> {
    await this.page.evaluate(() => (location.hash = '#/intake/new'));
    await expect(this.page.getByRole('heading', { name: '接待登记' })).toBeVisible();
  }

  /** Picks a party by what the clerk types (name, initials, credit code), choosing the first match. */
  async pickParty(query: string, expectName: string): Promise<void> {
    const box = this.page.getByLabel('被投诉单位或个人');
    await box.fill(query);
    await this.page.getByRole('option', { name: new RegExp(expectName) }).first().click();
    await expect(this.page.getByTestId('selected-party').filter({ hasText: expectName })).toBeVisible();
  }

  /** Opens the new-party dialog from the party box's “新增单位 / 新增个人 / 新增身份不详” option, with the name typed. */
  async openNewParty(name: string, kind: '单位' | '个人' | '身份不详'): Promise<Locator> {
    await this.page.getByLabel('被投诉单位或个人').fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^新增${kind}`) }).click();
    const dialog = this.page.getByRole('dialog', { name: '新增被投诉方' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Creates a new organisation from the party box's “新增单位” option. */
  async createOrganisation(name: string, creditCode = ''): Promise<void> {
    const dialog = await this.openNewParty(name, '单位');
    await expect(dialog.getByLabel('单位名称')).toHaveValue(name);
    if (creditCode) await dialog.getByLabel('统一社会信用代码（选填）').fill(creditCode);
    await dialog.getByRole('button', { name: '选用', exact: true }).click();
    await expect(this.page.getByTestId('selected-party').filter({ hasText: name })).toBeVisible();
  }

  /**
   * Enters workers into the rows by keyboard only: name, Tab, (ID type) Tab, ID or reason, Tab, phone, Tab, amount,
   * Tab, (representative) Tab — which opens the next row. The line under a row (住所, 职业, 工作单位, 籍贯, 语言, 备注)
   * is open while there is one row, and opened with Alt+↓ for a later worker who states any of it; Tab then runs
   * through it, and past 备注 opens the next row. Values go in as typed text (insertText), key by key only for Tab.
   */
  async typeWorkers(workers: Worker[]): Promise<void> {
    const kb = this.page.keyboard;
    const put = async (text: string | undefined) => {
      if (text) await kb.insertText(text);
    };
    await this.page.getByLabel('第1行 姓名').focus();
    for (let i = 0; i < workers.length; i++) {
      const w = workers[i];
      const row = `第${i + 1}行`;
      await put(w.name);
      await kb.press('Tab');
      if (w.missingReason !== undefined) {
        await this.page.getByLabel(`${row} 证件类型`).selectOption({ label: '无证件号码' });
        await this.page.getByLabel(`${row} 无证件原因`).focus();
        await put(w.missingReason);
      } else {
        await kb.press('Tab');
        await put(w.id);
      }
      await kb.press('Tab');
      await put(w.phone);
      await kb.press('Tab');
      await put(w.amount);
      await kb.press('Tab');
      await expect(this.page.getByLabel(`${row} 是否代表`)).toBeFocused();
      const stated = w.address !== undefined || w.occupation !== undefined || w.workplace !== undefined;
      const open = i === 0 || stated;
      if (open) {
        if (i > 0) await kb.press('Alt+ArrowDown');
        else await kb.press('Tab');
        await expect(this.page.getByLabel(`${row} 住所`)).toBeFocused();
        await put(w.address);
        await kb.press('Tab');
        await put(w.occupation);
        await kb.press('Tab');
        await put(w.workplace);
        // 籍贯, 语言, then 备注: past it, the next row.
        for (let k = 0; k < 3; k++) await kb.press('Tab');
        await expect(this.page.getByLabel(`${row} 备注`)).toBeFocused();
      }
      if (i < workers.length - 1) {
        await kb.press('Tab');
        await expect(this.page.getByLabel(`第${i + 2}行 姓名`)).toBeFocused();
      }
    }
  }

  async summary(text: string): Promise<void> {
    await this.page.getByLabel('诉求摘要').fill(text);
  }

  async leader(name: string): Promise<void> {
    await this.page.getByLabel('包案领导').selectOption({ label: name });
  }

  /** Saves with the keyboard: Enter in a single-line field submits the form. */
  async saveWithEnter(): Promise<void> {
    await this.page.getByLabel('涉及人数').focus();
    await this.page.keyboard.press('Enter');
  }

  async savedRegNo(): Promise<string> {
    const banner = this.page.getByTestId('saved-banner');
    await expect(banner).toBeVisible();
    const text = (await banner.textContent()) ?? '';
    return /登记号 (\d{4}-\d{4})/.exec(text)![1];
  }
}
