// The hearing calendar (开庭排期) as a test moves it: week by week to the week holding a day, each step waiting for the
// new week to be drawn — a click counted before the page answers would step past it.
import { expect, type Page } from '@playwright/test';

export async function weekOf(page: Page, day: string): Promise<void> {
  const range = page.getByTestId('calendar-range');
  await expect(range).toContainText(' 至 ');
  for (let i = 0; i < 60; i++) {
    const shown = (await range.textContent()) ?? '';
    const [from, to] = shown.split(' 至 ').map((x) => x.trim());
    if (from! <= day && day <= to!) return;
    await page.getByRole('button', { name: '下一周' }).click();
    await expect(range).not.toHaveText(shown);
  }
  throw new Error(`the calendar never showed the week of ${day}`);
}
