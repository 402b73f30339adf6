/**
 * Optional online basemaps as code: pure functions that return the raster sources and layers an
 * online tile service adds under the atlas's own embedded basemap. Nothing here touches a map or
 * the network; the adapter adds these only when the user opts in.
 *
 * Only WGS84 web-mercator tile services are offered. Amap/Gaode and Tencent tiles are drawn in
 * GCJ-02 and Baidu's in BD-09: under the atlas's WGS84 features they would sit about 500 m off
 * near Changzhou, misplacing every place on the map, so they are deliberately left out.
 */
import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';

export const BASEMAP_KINDS = ['embedded', 'osm', 'tianditu'] as const;
/** `embedded`: the offline GeoJSON basemap (default); the others are opt-in online tile services. */
export type BasemapKind = (typeof BASEMAP_KINDS)[number];
export type OnlineBasemapKind = Exclude<BasemapKind, 'embedded'>;

export function isBasemapKind(value: string): value is BasemapKind {
  return (BASEMAP_KINDS as readonly string[]).includes(value);
}

/**
 * Tianditu's review number (审图号) as published with its web-mercator tiles. A reviewed basemap
 * must show it; the text is configurable because Tianditu renews it, and it must match what
 * Tianditu shows on its own site.
 */
export const TIANDITU_REVIEW_NUMBER = 'GS(2024)0568号';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION_TEXT = '© OpenStreetMap contributors';

/** Tianditu spreads tiles over the hosts t0 … t7; MapLibre picks one per tile from the list. */
const TIANDITU_HOSTS = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`);

/**
 * Every origin an online basemap fetches tiles from: the page's security policy lets the page
 * reach these and no other host (src/lib/security/policy.ts).
 */
export const ONLINE_TILE_ORIGINS: readonly string[] = [new URL(OSM_TILE_URL).origin, ...TIANDITU_HOSTS];

/** Tianditu web-mercator layers: `vec` the vector map drawn as raster, `cva` its Chinese labels. */
export type TiandituLayer = 'vec' | 'cva';

/** Source ids the online basemaps use; the adapter removes exactly these when switching back. */
export const ONLINE_SOURCE_IDS = ['osm', 'tianditu-vec', 'tianditu-cva'] as const;
export type OnlineSourceId = (typeof ONLINE_SOURCE_IDS)[number];

export function isOnlineSourceId(value: string | undefined): value is OnlineSourceId {
  return value !== undefined && (ONLINE_SOURCE_IDS as readonly string[]).includes(value);
}

/**
 * Embedded layers hidden while tiles are shown: their opaque fills would cover the tiles. The
 * district and lake outlines, rivers and every label stay, so the atlas still reads as itself.
 */
export const EMBEDDED_FILL_LAYER_IDS = ['district-neighbour-fill', 'district-fill', 'lakes-fill'] as const;

/** Online layers go directly below this embedded layer (the lowest one above the background). */
export const ONLINE_LAYERS_BEFORE_ID = 'district-neighbour-fill';

/** A Tianditu key (tk) is a 32-character hex string; anything else is refused before it reaches a URL. */
export function isPlausibleTiandituToken(token: string): boolean {
  return /^[0-9a-fA-F]{32}$/.test(token.trim());
}

/** The WMTS GetTile URL templates of one Tianditu web-mercator layer (`<layer>_w`), with the key. */
export function tiandituTileUrls(layer: TiandituLayer, token: string): string[] {
  const tk = encodeURIComponent(token.trim());
  const query =
    `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w` +
    `&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${tk}`;
  return TIANDITU_HOSTS.map((host) => `${host}/${layer}_w/wmts?${query}`);
}

/** The attribution line of an online basemap as plain text (for exports), in both languages. */
export function onlineAttributionText(
  kind: OnlineBasemapKind,
  reviewNumber: string = TIANDITU_REVIEW_NUMBER,
): { zh: string; en: string } {
  if (kind === 'osm') return { zh: `底图 ${OSM_ATTRIBUTION_TEXT}`, en: `Basemap ${OSM_ATTRIBUTION_TEXT}` };
  const review = reviewNumber.trim();
  return {
    zh: `底图 © 天地图${review ? ` · 审图号：${review}` : ''}`,
    en: `Basemap © Tianditu${review ? ` · review no. ${review}` : ''}`,
  };
}

/** MapLibre puts attributions into the page as HTML: user-typed text must be escaped first. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export interface OnlineBasemapOptions {
  /** The Tianditu key (tk); required for `tianditu`. */
  token?: string | null;
  /** The review number shown with Tianditu tiles; default TIANDITU_REVIEW_NUMBER. */
  reviewNumber?: string;
}

export interface OnlineBasemapStyle {
  sources: Partial<Record<OnlineSourceId, RasterSourceSpecification>>;
  /** Bottom to top; insert each before ONLINE_LAYERS_BEFORE_ID. */
  layers: LayerSpecification[];
}

/**
 * Tiles are slightly desaturated so the report's places, drawn in saturated group colours, still
 * carry the eye over a busy street map.
 */
const RASTER_PAINT = { 'raster-saturation': -0.35, 'raster-fade-duration': 0 } as const;

/** The sources and layers of an online basemap. Throws when Tianditu is asked for without a usable key. */
export function onlineBasemapStyle(
  kind: OnlineBasemapKind,
  options: OnlineBasemapOptions = {},
): OnlineBasemapStyle {
  if (kind === 'osm') {
    return {
      sources: {
        osm: {
          type: 'raster',
          tiles: [OSM_TILE_URL],
          tileSize: 256,
          maxzoom: 19,
          attribution: `<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">${OSM_ATTRIBUTION_TEXT}</a>`,
        },
      },
      layers: [{ id: 'osm-tiles', type: 'raster', source: 'osm', paint: { ...RASTER_PAINT } }],
    };
  }
  const token = options.token?.trim() ?? '';
  if (!isPlausibleTiandituToken(token)) throw new Error('Tianditu needs a 32-character key (tk)');
  const review = escapeHtml((options.reviewNumber ?? TIANDITU_REVIEW_NUMBER).trim());
  const attribution =
    `<a href="https://www.tianditu.gov.cn/" target="_blank" rel="noopener">© 天地图 Tianditu</a>` +
    (review ? ` 审图号：${review}` : '');
  // Tianditu's web-mercator matrix set starts at level 1 and ends at 18.
  const common = { type: 'raster', tileSize: 256, minzoom: 1, maxzoom: 18 } as const;
  return {
    sources: {
      'tianditu-vec': { ...common, tiles: tiandituTileUrls('vec', token), attribution },
      'tianditu-cva': { ...common, tiles: tiandituTileUrls('cva', token) },
    },
    layers: [
      { id: 'tianditu-vec-tiles', type: 'raster', source: 'tianditu-vec', paint: { ...RASTER_PAINT } },
      {
        id: 'tianditu-cva-tiles',
        type: 'raster',
        source: 'tianditu-cva',
        paint: { 'raster-fade-duration': 0 },
      },
    ],
  };
}
