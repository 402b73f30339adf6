// Exported images as a person gets them: a click on an export button and the PNG the browser
// downloads, kept under test-results/exports/ for a look after the run and decoded with pngjs.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

const exportsDir = join(fileURLToPath(new URL('../..', import.meta.url)), 'test-results', 'exports');

export interface SavedExport {
  png: PNG;
  bytes: Buffer;
  /** The name the atlas gave the download. */
  fileName: string;
  /** Where it was saved: test-results/exports/<name>.png. */
  path: string;
}

/**
 * Clicks the button with test id `testId`, waits up to `timeoutMs` for its download, saves it as
 * test-results/exports/<name>.png and decodes it. `beforeSave` runs once the download has begun
 * (an info notice expires: read it before the file is copied and decoded).
 */
export async function saveExport(
  page: Page,
  testId: string,
  name: string,
  { timeoutMs = 30_000, beforeSave }: { timeoutMs?: number; beforeSave?: () => Promise<void> } = {},
): Promise<SavedExport> {
  const download = page.waitForEvent('download', { timeout: timeoutMs });
  await page.getByTestId(testId).click();
  const file = await download;
  await beforeSave?.();
  mkdirSync(exportsDir, { recursive: true });
  const path = join(exportsDir, `${name}.png`);
  await file.saveAs(path);
  const bytes = readFileSync(path);
  return { png: PNG.sync.read(bytes), bytes, fileName: file.suggestedFilename(), path };
}
