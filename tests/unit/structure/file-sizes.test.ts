// Small files named for what they hold: no source file of the atlas over 400 lines, a Svelte
// component counted without its <style> block (styles are long by nature and read apart).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const MAX_LINES = 400;
const root = fileURLToPath(new URL('../../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** Lines as a reader meets them: a component's <style> block left out. */
function countedLines(path: string): number {
  let text = readFileSync(path, 'utf8');
  if (path.endsWith('.svelte')) text = text.replace(/<style[\s\S]*?<\/style>/g, '');
  return text.replace(/\n$/, '').split('\n').length;
}

it(`keeps every file in src/ within ${MAX_LINES} lines`, () => {
  const over = sourceFiles(join(root, 'src'))
    .map((path) => ({ file: relative(root, path), lines: countedLines(path) }))
    .filter((f) => f.lines > MAX_LINES);
  expect(over).toEqual([]);
});
