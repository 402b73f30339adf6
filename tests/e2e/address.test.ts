// The address bar as a person uses it: a link edited by hand applies in full, so a parameter the
// person deletes is gone from the view, and stays gone after the atlas rewrites the address.
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { mapIdle, useAtlas } from './harness';

const suite = useAtlas();

type TestWindow = Window & { __atlasState: AtlasState };

describe('editing the address by hand', () => {
  test('deleting sel= closes the details, and they stay closed', async () => {
    await suite.withAtlas(
      { hash: 'map=11/31.6/119.9&sel=gehu&year=2024', timeoutMs: 90_000 },
      async (atlas) => {
        const { page } = atlas;
        const details = page.getByTestId('detail-panel');
        await details.waitFor();
        expect(await details.getByRole('heading', { level: 2 }).textContent()).toContain('滆湖');

        // The person removes sel= (and year=) from the address and presses Enter.
        await page.evaluate(() => {
          window.location.hash = 'map=11/31.6/119.9';
        });
        await details.waitFor({ state: 'detached' });

        // The atlas rewrites the address after its own short delay: wait until the address and the
        // state agree again, with the map at rest, before checking that nothing came back.
        await mapIdle(page);
        await page.waitForFunction(
          () => window.location.hash === `#${(window as unknown as TestWindow).__atlasState.hash}`,
        );
        const hash = await page.evaluate(() => window.location.hash);
        expect(hash).not.toMatch(/sel=|year=/);
        expect(await details.count()).toBe(0);
        // The year filter went with it: the list of 2024 places is no longer narrowed.
        expect(
          await page.evaluate(() => (window as unknown as TestWindow).__atlasState.filters.year),
        ).toBeNull();
      },
    );
  });
});
