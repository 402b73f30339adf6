/**
 * Text files as planners' software writes them: UTF-8 with or without a byte-order mark, UTF-16
 * with one, or GBK/GB18030 (Excel and older GIS software on Chinese Windows). A file that is not
 * valid UTF-8 is read as GB18030, the superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A code page as a `.cpg` names it ("UTF-8", "GBK", "936", "ANSI 936", "CP936"), as a TextDecoder label. */
export function encodingLabel(cpg: string): string | null {
  const name = cpg
    .trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '')
    .replace(/^cp/, '');
  const byCodePage: Record<string, string> = {
    '936': 'gbk',
    '54936': 'gb18030',
    '65001': 'utf-8',
    '950': 'big5',
  };
  const label = byCodePage[name] ?? name;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
