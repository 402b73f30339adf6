/**
 * The link the end slide hands to phones in the audience: the atlas as the end slide shows it
 * (the whole district, every default layer, the language on screen), without the tour or kiosk
 * mode, which belong to the big screen. It names no camera, so each phone frames the district to
 * its own screen size rather than copying a 4K wall's zoom.
 */
import { DEFAULT_LANG, type Lang } from '../../i18n/lang';
import { serialiseHash } from '../../state/url';

export function audienceLink(location: Pick<Location, 'origin' | 'pathname' | 'search'>, lang: Lang): string {
  const hash = serialiseHash({ lang: lang === DEFAULT_LANG ? undefined : lang });
  return `${location.origin}${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
}

/**
 * True when the atlas was opened at this computer's own address (localhost, 127.x, ::1): a phone
 * scanning a link to it would reach itself, not the atlas. The end slide then says how to serve
 * the atlas's configured public address instead, or no code at all.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}
