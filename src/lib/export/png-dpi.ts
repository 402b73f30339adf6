/**
 * Writes a PNG's physical pixel size (its pHYs chunk), so that a print dialog or an image editor
 * opens a 300 dpi export at its paper size instead of at 72 or 96 dpi. The browser's PNG encoder
 * writes no pHYs; the chunk is put right after IHDR, where the PNG specification wants it (before
 * the image data), and any pHYs already there is replaced.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309, the polynomial PNG and zlib use) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Pixels per metre for a resolution in dots per inch (300 dpi → 11811). */
export function dpiToPixelsPerMetre(dpi: number): number {
  return Math.round(dpi / 0.0254);
}

/** The PNG `png` with a pHYs chunk saying `dpi` in both directions. */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = (at: number) => String.fromCharCode(...png.subarray(at + 4, at + 8));
  if (type(8) !== 'IHDR') throw new Error('PNG without IHDR first');
  const afterIhdr = 8 + 12 + view.getUint32(8);

  const ppm = dpiToPixelsPerMetre(dpi);
  const chunk = new Uint8Array(12 + 9);
  const out = new DataView(chunk.buffer);
  out.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  out.setUint32(8, ppm);
  out.setUint32(12, ppm);
  chunk[16] = 1; // unit: the metre
  out.setUint32(17, crc32(chunk.subarray(4, 17)));

  // Every chunk but an earlier pHYs, with the new one after IHDR.
  const parts: Uint8Array[] = [png.subarray(0, afterIhdr), chunk];
  let at = afterIhdr;
  while (at + 12 <= png.length) {
    const end = at + 12 + view.getUint32(at);
    if (type(at) !== 'pHYs') parts.push(png.subarray(at, end));
    at = end;
  }
  const result = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    result.set(p, offset);
    offset += p.length;
  }
  return result;
}
