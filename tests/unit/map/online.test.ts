import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapLabelLayers, basemapLayersBelow, basemapSources } from '../../../src/lib/map/style/basemap';
import {
  EMBEDDED_FILL_LAYER_IDS,
  ONLINE_LAYERS_BEFORE_ID,
  ONLINE_SOURCE_IDS,
  OSM_TILE_URL,
  TIANDITU_REVIEW_NUMBER,
  isBasemapKind,
  isOnlineSourceId,
  isPlausibleTiandituToken,
  onlineAttributionText,
  onlineBasemapStyle,
  tiandituTileUrls,
  type OnlineBasemapStyle,
} from '../../../src/lib/map/style/online';

const TOKEN = '0123456789abcdef0123456789ABCDEF';

/** The embedded style with the online layers inserted where the adapter inserts them. */
function styleWith(online: OnlineBasemapStyle): StyleSpecification {
  const below = basemapLayersBelow();
  const at = below.findIndex((l) => l.id === ONLINE_LAYERS_BEFORE_ID);
  const layers: LayerSpecification[] = [
    ...below.slice(0, at),
    ...online.layers,
    ...below.slice(at),
    ...basemapLabelLayers('zh'),
  ];
  return {
    version: 8,
    sources: {
      ...basemapSources({
        district: './district.geojson',
        lakes: './lakes.geojson',
        rivers: './rivers.geojson',
        towns: './towns.geojson',
        places: './places.geojson',
      }),
      ...online.sources,
    },
    layers,
  };
}

function validate(style: StyleSpecification): string[] {
  // The atlas has no glyphs URL on purpose (labels use local fonts).
  return validateStyleMin(style)
    .map((e) => e.message)
    .filter((m) => !/glyphs/.test(m));
}

describe('online basemaps', () => {
  it('knows the three basemaps and nothing else', () => {
    expect(['embedded', 'osm', 'tianditu'].every(isBasemapKind)).toBe(true);
    for (const other of ['gaode', 'amap', 'baidu', 'tencent', 'OSM', ''])
      expect(isBasemapKind(other)).toBe(false);
  });

  it('makes a valid style with OpenStreetMap tiles under the embedded layers', () => {
    const online = onlineBasemapStyle('osm');
    expect(validate(styleWith(online))).toEqual([]);
    expect(online.sources.osm?.tiles).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
    expect(OSM_TILE_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(online.sources.osm?.tileSize).toBe(256);
    expect(online.sources.osm?.attribution).toContain('© OpenStreetMap contributors');
    const ids = styleWith(online).layers.map((l) => l.id);
    // Above the background, below every embedded fill, outline and label.
    expect(ids.indexOf('background')).toBeLessThan(ids.indexOf('osm-tiles'));
    for (const id of [...EMBEDDED_FILL_LAYER_IDS, 'district-outline', 'lakes-outline', 'towns-label'])
      expect(ids.indexOf('osm-tiles')).toBeLessThan(ids.indexOf(id));
  });

  it('makes a valid Tianditu style: vec_w then cva_w on eight hosts, with the key in every URL', () => {
    const online = onlineBasemapStyle('tianditu', { token: TOKEN });
    expect(validate(styleWith(online))).toEqual([]);
    expect(online.layers.map((l) => l.id)).toEqual(['tianditu-vec-tiles', 'tianditu-cva-tiles']);
    const vec = online.sources['tianditu-vec']?.tiles ?? [];
    const cva = online.sources['tianditu-cva']?.tiles ?? [];
    expect(vec).toHaveLength(8);
    expect(cva).toHaveLength(8);
    for (const [i, url] of vec.entries()) {
      const u = new URL(url.replace('{z}', '9').replace('{x}', '427').replace('{y}', '208'));
      expect(u.protocol).toBe('https:');
      expect(u.hostname).toBe(`t${i}.tianditu.gov.cn`);
      expect(u.pathname).toBe('/vec_w/wmts');
      expect(u.searchParams.get('LAYER')).toBe('vec');
      expect(u.searchParams.get('TILEMATRIXSET')).toBe('w');
      expect(u.searchParams.get('TILEMATRIX')).toBe('9');
      expect(u.searchParams.get('TILEROW')).toBe('208');
      expect(u.searchParams.get('TILECOL')).toBe('427');
      expect(u.searchParams.get('tk')).toBe(TOKEN);
    }
    expect(new URL(cva[3]).pathname).toBe('/cva_w/wmts');
    expect(new URL(cva[3]).searchParams.get('LAYER')).toBe('cva');
  });

  it('shows the review number with Tianditu, escaped for the attribution control', () => {
    const plain = onlineBasemapStyle('tianditu', { token: TOKEN });
    expect(plain.sources['tianditu-vec']?.attribution).toContain(`审图号：${TIANDITU_REVIEW_NUMBER}`);
    expect(TIANDITU_REVIEW_NUMBER).toBe('GS(2024)0568号');
    const custom = onlineBasemapStyle('tianditu', { token: TOKEN, reviewNumber: ' GS(2025)0001号 ' });
    expect(custom.sources['tianditu-vec']?.attribution).toContain('审图号：GS(2025)0001号');
    const hostile = onlineBasemapStyle('tianditu', {
      token: TOKEN,
      reviewNumber: '<img src=x onerror=alert(1)>',
    });
    expect(hostile.sources['tianditu-vec']?.attribution).not.toContain('<img');
    expect(hostile.sources['tianditu-vec']?.attribution).toContain('&lt;img');
  });

  it.each([null, '', 'abc', `${TOKEN}0`, 'g123456789abcdef0123456789abcdef', `${TOKEN.slice(0, 31)}&`])(
    'refuses to build Tianditu URLs with the key %j',
    (token) => {
      expect(() => onlineBasemapStyle('tianditu', { token })).toThrow(/key/);
    },
  );

  it('accepts a key with stray spaces around it and puts it in trimmed', () => {
    expect(isPlausibleTiandituToken(` ${TOKEN} `)).toBe(true);
    expect(tiandituTileUrls('vec', ` ${TOKEN}\n`)[0].endsWith(`tk=${TOKEN}`)).toBe(true);
  });

  it('gives plain-text attributions for exports in both languages', () => {
    expect(onlineAttributionText('osm')).toEqual({
      zh: '底图 © OpenStreetMap contributors',
      en: 'Basemap © OpenStreetMap contributors',
    });
    const t = onlineAttributionText('tianditu');
    expect(t.zh).toContain('天地图');
    expect(t.zh).toContain('审图号：GS(2024)0568号');
    expect(t.en).toContain('GS(2024)0568号');
  });

  it('uses only the source ids the adapter removes, and layer ids <source>-<role>', () => {
    for (const online of [onlineBasemapStyle('osm'), onlineBasemapStyle('tianditu', { token: TOKEN })]) {
      for (const id of Object.keys(online.sources)) expect(isOnlineSourceId(id)).toBe(true);
      for (const layer of online.layers) {
        expect('source' in layer && layer.id.startsWith(`${layer.source}-`)).toBe(true);
      }
    }
    expect(ONLINE_SOURCE_IDS).toHaveLength(3);
    expect(isOnlineSourceId('lakes')).toBe(false);
    expect(isOnlineSourceId(undefined)).toBe(false);
  });

  it('hides only fills that exist in the embedded basemap', () => {
    const ids = basemapLayersBelow().map((l) => l.id);
    for (const id of [...EMBEDDED_FILL_LAYER_IDS, ONLINE_LAYERS_BEFORE_ID]) expect(ids).toContain(id);
    for (const id of EMBEDDED_FILL_LAYER_IDS)
      expect(basemapLayersBelow().find((l) => l.id === id)?.type).toBe('fill');
  });
});
