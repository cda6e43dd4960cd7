import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Saves a new map with Ctrl+S through the preview's in-page picker, and waits for "Saved". */
export async function saveAsInPicker(page: Page, name: string): Promise<void> {
  await page.locator('.canvas-host').focus();
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Save the journey as' });
  await dialog.getByRole('textbox', { name: 'File name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved at/);
}
