// When an online basemap's tiles do arrive they sit under the atlas's own outlines and labels;
// and the default atlas asks for no tile at all.
import { expect, test } from 'vitest';
import { mapIdle, renderedIds, screenshot, useAtlas } from './harness';
import {
  OSM_TILE,
  expectEmbeddedBack,
  mapFacts,
  serveGreenOsmTiles,
  settledHash,
} from './basemap-online-facts';

const atlasEnv = useAtlas();

test('when tiles do arrive they show under the outlines and labels, and the atlas keeps them', async () => {
  await atlasEnv.withAtlas({ hash: 'panel=layers' }, async (atlas) => {
    const served = await serveGreenOsmTiles(atlas.page);
    await atlas.page.locator('[data-basemap="osm"]').check();
    // The switch's code loads when first chosen: wait for the tiles' layer and a served tile
    // before the map's idle, or idle may be the embedded map's, just before the switch.
    await expect.poll(async () => (await mapFacts(atlas.page)).onlineLayers).toEqual(['osm-tiles']);
    await expect.poll(() => served.length).toBeGreaterThan(0);
    await mapIdle(atlas.page);
    const facts = await mapFacts(atlas.page);
    expect(facts.basemap).toBe('osm');
    expect(facts.onlineLayers).toEqual(['osm-tiles']);
    expect(Object.values(facts.fillsVisible)).toEqual(['none', 'none', 'none']);
    expect(served.length).toBeGreaterThan(0);
    for (const url of served) expect(`GET ${url}`).toMatch(OSM_TILE);
    // The atlas's own outlines and places are still drawn over the tiles.
    expect(await renderedIds(atlas.page, ['district-outline'])).toContain('wujin');
    expect(await renderedIds(atlas.page, ['lakes-outline'])).toContain('gehu');
    expect(await renderedIds(atlas.page, ['towns-dot'])).not.toEqual([]);
    expect(await atlas.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
      '© OpenStreetMap contributors',
    );
    expect(await settledHash(atlas.page)).toContain('base=osm');
    // The tiles' green is on the canvas (land is a warm grey in the embedded basemap).
    const greenish = await atlas.page.evaluate(async () => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const gl = map.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
      const pixel = new Uint8Array(4);
      // The map does not keep its drawing buffer between frames: read a frame while it is drawn.
      await new Promise<void>((resolve) => {
        map.once('render', () => {
          gl.readPixels(8, 8, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          resolve();
        });
        map.triggerRepaint();
      });
      return pixel[1] > pixel[0] + 40 && pixel[1] > pixel[2] + 40;
    });
    expect(greenish).toBe(true);
    await screenshot(atlas, 'basemap-osm-served');
    expect(await atlas.page.getByTestId('notices').locator('.notice').count()).toBe(0);

    // And back to the embedded basemap by choice.
    await atlas.page.locator('[data-basemap="embedded"]').check();
    await expectEmbeddedBack(atlas.page);
    expect(await settledHash(atlas.page)).not.toContain('base=');
  });
});

test('the default atlas asks for no tiles: the embedded basemap only', async () => {
  await atlasEnv.withAtlas({ hash: 'panel=layers' }, async (atlas) => {
    // A late request (a lazily added source, a prefetch) would show before the network is quiet.
    await atlas.page.waitForLoadState('networkidle');
    const facts = await mapFacts(atlas.page);
    expect(facts.basemap).toBe('embedded');
    expect(facts.onlineLayers).toEqual([]);
    expect(facts.onlineSources).toEqual([]);
    expect(await atlas.page.locator('[data-basemap="embedded"]').isChecked()).toBe(true);
    expect(atlas.externalRequests).toEqual([]);
  });
});
