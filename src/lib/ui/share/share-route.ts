/**
 * Where a share goes. A link to this device (localhost, a loopback address) would open nothing on
 * anyone else's phone, so it is never handed to the system share sheet: the dialog shows it with
 * a warning instead. Elsewhere the system sheet (messaging apps, AirDrop …) is what phone users
 * expect, and the dialog with copy and QR code is the fallback.
 */

/** True when a link with this host name opens only on the device that made it. */
export function isLocalOnlyHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    host === '0.0.0.0' ||
    host === '::' ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === ''
  );
}

export type ShareRoute = 'system' | 'dialog';

export function shareRoute(options: { systemShare: boolean; hostname: string }): ShareRoute {
  return options.systemShare && !isLocalOnlyHost(options.hostname) ? 'system' : 'dialog';
}
