// Screenshots a person can look at after a run (test-results/screenshots/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AtlasPage } from './harness-page';
import { repoRoot } from './harness-server';

const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/** Saves a PNG of the viewport as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(target: AtlasPage | Page, name: string): Promise<string> {
  const page = 'consoleProblems' in target ? target.page : target;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Screenshot name "${name}" should be a plain file name.`);
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
