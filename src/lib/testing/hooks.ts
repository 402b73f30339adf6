/**
 * Globals for the browser tests and the benchmark (`window.__atlasState`, `__atlasMap`,
 * `__atlasBench`, and `__atlasExport`: what the last screen image's legend and texts say). They exist only in a build made with `VITE_ATLAS_TEST_HOOKS=1`: Vite replaces
 * the flag with a constant, so in the page people get the calls below are empty and the objects
 * they would expose (the state with the visitor's settings, the map) are never put on `window`.
 */

/** True only in a build made with `VITE_ATLAS_TEST_HOOKS=1` (the test suite's and the benchmark's). */
export const TEST_HOOKS_ENABLED: boolean = import.meta.env.VITE_ATLAS_TEST_HOOKS === '1';

/** The names a test build may set on `window`. */
export type TestHookName = '__atlasState' | '__atlasMap' | '__atlasBench' | '__atlasExport';

/**
 * Puts `value` on `window[name]` in a test build; does nothing otherwise. Returns a function that
 * removes it again (only if it is still the same value).
 */
export function exposeForTests(name: TestHookName, value: unknown): () => void {
  if (!TEST_HOOKS_ENABLED) return () => {};
  const target = window as unknown as Record<string, unknown>;
  target[name] = value;
  return () => {
    if (target[name] === value) delete target[name];
  };
}
