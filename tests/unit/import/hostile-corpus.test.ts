/**
 * Every file of the hostile corpus (tests/fixtures/hostile/make-corpus.mjs, its outcomes written
 * there by hand) through the same reading code the worker runs: refused with the notice the
 * manifest names, or loaded with its counts and the notices of what was left out. The two large
 * cases (25,000 features, 25 MB) are made here, not committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/lib/import/read';
import { importMessages } from '../../../src/lib/i18n/messages/import';
import type { Bilingual } from '../../../src/lib/i18n/lang';
import { bigCases } from '../../fixtures/hostile/make-corpus.mjs';

interface Outcome {
  problem?: string;
  loaded?: { points: number; lines: number; areas: number };
  skipped?: number;
  notices?: string[];
}
interface Entry {
  file: string;
  name: string;
  class: string;
  expect: Outcome;
}

const here = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as Entry[];

/** Whether a Bilingual text is the catalogue message `key`, whatever values it was given. */
function isMessage(text: Bilingual, key: string): boolean {
  const message = (importMessages.en as Record<string, unknown>)[key];
  if (message === undefined) throw new Error(`no message ${key}`);
  const SENTINEL = '\u0001';
  // Stands for any value: a file name, or a number however the message formats it.
  const anyValue = { toString: () => SENTINEL, toFixed: () => SENTINEL, toLocaleString: () => SENTINEL };
  const rendered =
    typeof message === 'function'
      ? String(
          (message as (...a: unknown[]) => string)(...Array.from({ length: message.length }, () => anyValue)),
        )
      : String(message);
  // The message's fixed words, in order, around whatever values were put in.
  const parts = rendered.split(SENTINEL).filter((p) => p.trim().length > 3);
  let at = 0;
  for (const part of parts) {
    const found = text.en.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return parts.length > 0 || text.en === rendered;
}

async function outcomeOf(name: string, bytes: Uint8Array): Promise<Outcome & { texts: Bilingual[] }> {
  const copy = new Uint8Array(bytes).buffer;
  const results = await readFiles([{ name, bytes: copy }], 'WGS84');
  expect(results).toHaveLength(1);
  const [result] = results;
  if (!result.ok) return { texts: [result.problem] };
  const { counts, skipped, notices } = result.value;
  return { loaded: counts, skipped, texts: notices ?? [] };
}

function check(entry: { name: string; expect: Outcome }, got: Outcome & { texts: Bilingual[] }): void {
  const label = `${entry.name}: ${got.texts.map((t) => t.en).join(' | ')}`;
  if (entry.expect.problem) {
    expect(got.loaded, label).toBeUndefined();
    expect(isMessage(got.texts[0], entry.expect.problem), label).toBe(true);
    return;
  }
  expect(got.loaded, label).toEqual(entry.expect.loaded);
  if (entry.expect.skipped !== undefined) expect(got.skipped, label).toBe(entry.expect.skipped);
  for (const key of entry.expect.notices ?? [])
    expect(
      got.texts.some((t) => isMessage(t, key)),
      `${label} should say ${key}`,
    ).toBe(true);
  // No raw error text ever reaches the planner.
  for (const t of got.texts)
    expect(`${t.zh} ${t.en}`, label).not.toMatch(/TypeError|is not a function|stack|undefined/);
}

describe('the hostile corpus through the reader', () => {
  it('has at least 60 files across every class', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(60);
    expect(new Set(manifest.map((e) => e.class)).size).toBeGreaterThanOrEqual(15);
  });

  for (const entry of manifest) {
    it(`${entry.class}: ${entry.name}`, async () => {
      const bytes = readFileSync(join(here, 'files', entry.file));
      check(entry, await outcomeOf(entry.name, bytes));
    });
  }

  it('the large cases: 25,000 features and 25 MB', { timeout: 120_000 }, async () => {
    for (const big of bigCases() as { name: string; bytes: Uint8Array; expect: Outcome }[]) {
      check(big, await outcomeOf(big.name, big.bytes));
    }
  });
});
