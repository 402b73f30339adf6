/**
 * The address the audience's phones should open, from public/atlas-config.json (`publicUrl`): the
 * machine in a meeting room usually runs the atlas at its own local address, which no phone can
 * reach. Without a configured address, a page opened at a local address shows no QR code at all
 * rather than one that leads nowhere.
 */
let pending: Promise<URL | null> | null = null;

/** The configured public address, or null (no file, no entry, not an http(s) URL). Asked once. */
export function loadPublicUrl(configUrl = './atlas-config.json'): Promise<URL | null> {
  pending ??= fetch(configUrl, { cache: 'no-cache' })
    .then((r) => (r.ok ? r.json() : null))
    .then((json: unknown) => parsePublicUrl((json as { publicUrl?: unknown } | null)?.publicUrl))
    .catch(() => null);
  return pending;
}

export function parsePublicUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
