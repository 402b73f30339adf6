import { describe, expect, it } from 'vitest';
import type { AddLayerObject } from 'maplibre-gl';
import { addLayers, type AddLayersMap } from '../../../src/lib/map/add-layers';

const layer = (id: string): AddLayerObject => ({ id, type: 'background' });

function recordingMap(withStyle: boolean): { map: AddLayersMap; calls: string[] } {
  const calls: string[] = [];
  const map = {
    addLayer(l: AddLayerObject, before?: string) {
      calls.push(`map ${l.id} before ${before}`);
      return map;
    },
    ...(withStyle
      ? {
          style: {
            addLayer(l: AddLayerObject, before?: string, options?: { validate?: boolean }) {
              calls.push(`style ${l.id} before ${before} validate ${options?.validate}`);
            },
          },
        }
      : {}),
  } as unknown as AddLayersMap;
  return { map, calls };
}

describe('addLayers', () => {
  it('adds all but the last layer unchecked, in order, and the last through the checked call that asks for a frame', () => {
    const { map, calls } = recordingMap(true);
    addLayers(map, [layer('a'), layer('b'), layer('c')], 'labels');
    expect(calls).toEqual([
      'style a before labels validate false',
      'style b before labels validate false',
      'map c before labels',
    ]);
  });

  it('adds a single layer through the checked call', () => {
    const { map, calls } = recordingMap(true);
    addLayers(map, [layer('only')]);
    expect(calls).toEqual(['map only before undefined']);
  });

  it('checks every layer on a map without a style object', () => {
    const { map, calls } = recordingMap(false);
    addLayers(map, [layer('a'), layer('b')], 'x');
    expect(calls).toEqual(['map a before x', 'map b before x']);
  });

  it('adds nothing for no layers', () => {
    const { map, calls } = recordingMap(true);
    addLayers(map, []);
    expect(calls).toEqual([]);
  });
});
