/**
 * Whether this build ships the streets archive: the build announces it with a
 * `<meta name="atlas-streets" content="streets/wujin.pmtiles?v=…">` in the page
 * (vite-plugin-streets.ts). Shared by the build and the page, so free of MapLibre.
 */
export const STREETS_META_NAME = 'atlas-streets';

/** The archive's absolute address when the build ships one, or null. */
export function streetsArchiveUrl(doc: Document | undefined = globalThis.document): string | null {
  const content = doc?.querySelector(`meta[name="${STREETS_META_NAME}"]`)?.getAttribute('content')?.trim();
  return doc && content ? new URL(content, doc.baseURI).href : null;
}
