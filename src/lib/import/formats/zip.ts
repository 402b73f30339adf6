/** Archives (a zipped Shapefile, a KMZ) opened with fflate, with a ceiling on what they may expand to. */
import { unzipSync } from 'fflate';
import { MAX_USER_FILE_BYTES } from '../../geo/user-data';

/**
 * The entries of an archive by name (folders and macOS resource forks left out), or null when the
 * bytes are not a readable archive or would expand past the size limit (a zip bomb).
 */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> | null {
  let total = 0;
  let tooLarge = false;
  try {
    const entries = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/') || file.name.includes('__MACOSX')) return false;
        total += file.originalSize;
        if (total > MAX_USER_FILE_BYTES * 2) tooLarge = true;
        return !tooLarge;
      },
    });
    return tooLarge ? null : new Map(Object.entries(entries));
  } catch {
    return null;
  }
}

/** An entry's name without its folders and extension, and its extension in lower case. */
export function splitName(path: string): { base: string; ext: string } {
  const file = path.split(/[/\\]/).pop() ?? path;
  const dot = file.lastIndexOf('.');
  return dot > 0
    ? { base: file.slice(0, dot), ext: file.slice(dot + 1).toLowerCase() }
    : { base: file, ext: '' };
}
