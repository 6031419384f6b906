import type { Locator, Page } from '@playwright/test';

/**
 * Types a date into an MUI date field the way a person does: clear it, then type the digits, which run on from
 * the year section through the month and the day (the field is a group of sections, not one input).
 */
export async function fillDate(page: Page, label: string, value: string, within: Locator = page.locator('body')): Promise<void> {
  const group = within.getByRole('group', { name: label }).first();
  await group.click({ position: { x: 12, y: 10 } });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value.replace(/-/g, ''));
}
