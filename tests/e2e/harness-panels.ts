// Driving the side panels' tabs.
import type { Page } from 'playwright-core';

/** Opens a panel by its tab (unless it is open) and waits for its contents, not just its 正在载入… line. */
export async function openPanel(page: Page, id: string): Promise<void> {
  const tab = page.locator(`#tab-${id}`);
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  // A panel's code loads on first use.
  await page.locator(`#panel-${id} > :not(.waiting)`).first().waitFor();
}
