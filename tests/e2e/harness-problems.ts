// What counts as a clean run: no console error or warning, no exception, no request leaving the
// machine, no missing file and no breach of the page's security policy.
import { expect } from 'vitest';
import type { AtlasPage } from './harness-page';

/** What the harness itself causes: its blocking of service workers (see openAtlas). */
const harnessConsole = [/^Service Worker registration blocked by Playwright$/];

export function describeProblems(atlas: AtlasPage, allowConsole: readonly RegExp[] = []): string[] {
  const allowed = [...harnessConsole, ...allowConsole];
  return [
    ...atlas.consoleProblems
      .filter((problem) => !allowed.some((pattern) => pattern.test(problem.text)))
      .map((problem) => `console ${problem.type}: ${problem.text} (at ${problem.location})`),
    ...atlas.pageErrors.map((error) => `page error: ${error}`),
    ...atlas.externalRequests.map((request) => `external request (blocked): ${request}`),
    ...atlas.missingFiles.map((url) => `missing file (answered with index.html): ${url}`),
    ...atlas.httpErrors.map((line) => `HTTP error: ${line}`),
    // Never excused by allowConsole: the policy is the page's, not a test's, to relax.
    ...atlas.policyViolations.map((line) => `security policy violation: ${line}`),
  ];
}

/**
 * Asserts the page logged no error or warning (MapLibre's "Unable to load glyph range"
 * included), broke none of its security policy, threw nothing, asked for nothing outside localhost and found every file it fetched.
 * `allowConsole` lists console texts a test expects on purpose; use it sparingly.
 */
export function expectCleanRun(atlas: AtlasPage, options: { allowConsole?: readonly RegExp[] } = {}): void {
  const problems = describeProblems(atlas, options.allowConsole);
  expect(problems, `problems seen on the page:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}
