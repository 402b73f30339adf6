import { describe, expect, test, vi } from 'vitest';
import * as streetsStyle from '../../../src/lib/map/style/streets';
import { StreetsLayers, type StreetsMap } from '../../../src/lib/map/streets-layers';

/** A map that records what is added to it. */
function recordingMap() {
  const added: string[] = [];
  const map = {
    addSource: vi.fn((id: string) => void added.push(`source ${id}`)),
    addLayer: vi.fn((layer: { id: string }) => void added.push(`layer ${layer.id}`)),
    getLayersOrder: () => [],
    getLayer: () => undefined,
    getLayoutProperty: () => 'visible',
    setLayoutProperty: vi.fn(),
  };
  return { map: map as unknown as StreetsMap, added };
}

function layers(
  archiveUrl: string | null,
  overEmbedded: boolean,
  load = () => Promise.resolve(streetsStyle),
) {
  const onError = vi.fn();
  const streets = new StreetsLayers({
    archiveUrl,
    textScale: 1,
    lang: () => 'zh',
    overEmbedded: () => overEmbedded,
    load,
    onError,
  });
  return { streets, onError };
}

describe('when the streets are settled (what the first idle waits for)', () => {
  test('with an archive over the embedded basemap: once the source and its layers are on the map', async () => {
    const { map, added } = recordingMap();
    const { streets } = layers('http://localhost/streets/wujin.pmtiles', true);
    expect(streets.isSettled).toBe(false);
    streets.attach(map);
    expect(streets.isSettled).toBe(false); // the reader's code is still on its way
    await streets.settled;
    expect(streets.isSettled).toBe(true);
    expect(added[0]).toBe(`source ${streetsStyle.STREETS_SOURCE_ID}`);
    expect(added.filter((a) => a.startsWith('layer ')).length).toBeGreaterThan(3);
  });

  test('without an archive, or under an online basemap: at once, with nothing added', async () => {
    for (const [url, overEmbedded] of [
      [null, true],
      ['http://localhost/streets/wujin.pmtiles', false],
    ] as const) {
      const { map, added } = recordingMap();
      const { streets } = layers(url, overEmbedded);
      streets.attach(map);
      await streets.settled;
      expect(added).toEqual([]);
    }
  });

  test('when the reader’s code cannot be loaded: settled all the same, and the failure reported', async () => {
    const { map, added } = recordingMap();
    const { streets, onError } = layers('http://localhost/streets/wujin.pmtiles', true, () =>
      Promise.reject(new Error('offline')),
    );
    streets.attach(map);
    await streets.settled;
    expect(added).toEqual([]);
    expect(onError).toHaveBeenCalledWith(expect.stringContaining('offline'));
  });
});
