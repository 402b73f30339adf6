/**
 * The page's security policy, in one place: the Content-Security-Policy the built page carries in
 * a `<meta>` tag (so it holds on any static host) and the response headers `npm start` sends with
 * every file (README gives the same for nginx and Caddy). The page runs only its own scripts
 * (no eval, no inline script), talks only to its own origin and to the tile hosts of the online
 * basemaps the atlas offers, and cannot be framed by another site.
 */
import { ONLINE_TILE_ORIGINS } from '../map/style/online.ts';

type Directives = Record<string, readonly string[]>;

/** What the page needs, directive by directive; every source is here because something uses it. */
const DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  // Vite emits module scripts only; MapLibre's worker is a module file of the atlas's own.
  'script-src': ["'self'"],
  // MapLibre's worker and the service worker are files of the atlas; blob: for browsers that
  // start MapLibre's worker from a blob URL.
  'worker-src': ["'self'", 'blob:'],
  // Stylesheets are files; Svelte and MapLibre set inline styles through the CSSOM, which the
  // policy allows without 'unsafe-inline'.
  'style-src': ["'self'"],
  // MapLibre's control icons are data: SVGs in its stylesheet; exports and tiles pass through blob: URLs.
  'img-src': ["'self'", 'data:', 'blob:', ...ONLINE_TILE_ORIGINS],
  // Data, glyphs and the street archive from the atlas's own origin; tiles from the online basemaps.
  // data: because the build inlines the smallest data files (under 4 kB) as data: URLs, which
  // MapLibre's worker fetches like any other; a data: URL carries its bytes and reaches no host.
  // blob: because a planner's file reaches the map as a blob: URL the file reader made in the
  // page, which MapLibre's worker fetches and parses; a blob: URL too reaches no host.
  'connect-src': ["'self'", 'data:', 'blob:', ...ONLINE_TILE_ORIGINS],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Only a header can say who may frame the page: browsers ignore (and warn about) it in a meta tag. */
const HEADER_ONLY: Directives = {
  'frame-ancestors': ["'none'"],
};

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for the page's `<meta http-equiv="Content-Security-Policy">`. */
export function metaContentSecurityPolicy(): string {
  return serialise(DIRECTIVES);
}

/** The policy as a response header: the meta tag's, and frame protection. */
export function headerContentSecurityPolicy(): string {
  return serialise({ ...DIRECTIVES, ...HEADER_ONLY });
}

/** Every security header the atlas's files are served with, by `npm start` and in README's server examples. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': headerContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    // Tile servers learn the origin (they ask for it in their usage policies), never the view in the link.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}
