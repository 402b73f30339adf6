/**
 * Writes the page's first words (boot-shell.ts) into index.html, and offers the palette to CSS as
 * `virtual:atlas-palette.css`, so the first words are drawn in the atlas's own colours by the
 * render-blocking style sheet, before any script has run (the page's policy allows no inline styles).
 */
import type { Plugin } from 'vite';
import { bootShellHtml } from './boot-shell';
import { paletteCssVariables } from '../map/style/palette';

const PALETTE_CSS = 'virtual:atlas-palette.css';
const RESOLVED_PALETTE_CSS = '\0' + PALETTE_CSS;
const APP_ROOT = '<div id="app"></div>';

/** index.html with the first words in front of the element the atlas mounts into. */
export function withBootShell(html: string): string {
  if (!html.includes(APP_ROOT))
    throw new Error(`index.html has no ${APP_ROOT} to put the first words before`);
  return html.replace(APP_ROOT, `${bootShellHtml()}${APP_ROOT}`);
}

export function bootShellPlugin(): Plugin {
  return {
    name: 'atlas-boot-shell',
    resolveId(id) {
      return id === PALETTE_CSS ? RESOLVED_PALETTE_CSS : undefined;
    },
    load(id) {
      return id === RESOLVED_PALETTE_CSS ? `:root { ${paletteCssVariables()} }\n` : undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => withBootShell(html),
    },
  };
}
