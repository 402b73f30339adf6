import { describe, expect, it } from 'vitest';
import { toggleFullscreen } from '../../../../src/lib/ui/tour/fullscreen';

/** Just the parts of a Document the Fullscreen API uses. */
function fakeDocument(opts: {
  enabled?: boolean;
  request?: () => Promise<void>;
  exit?: () => Promise<void>;
}) {
  const doc = {
    fullscreenElement: null as Element | null,
    fullscreenEnabled: opts.enabled ?? true,
    exitFullscreen: opts.exit,
    documentElement: { requestFullscreen: opts.request } as unknown as HTMLElement,
  };
  return doc;
}

describe('full screen', () => {
  it('enters full screen where the browser allows it', async () => {
    const calls: string[] = [];
    const doc = fakeDocument({ request: async () => void calls.push('request') });
    expect(await toggleFullscreen(doc as unknown as Document)).toBe(true);
    expect(calls).toEqual(['request']);
  });

  it('leaves full screen when in it', async () => {
    const calls: string[] = [];
    const doc = fakeDocument({ exit: async () => void calls.push('exit') });
    doc.fullscreenElement = {} as Element;
    expect(await toggleFullscreen(doc as unknown as Document)).toBe(true);
    expect(calls).toEqual(['exit']);
  });

  it('answers false, without throwing, when the browser refuses or has no Fullscreen API', async () => {
    const refused = fakeDocument({
      request: () => Promise.reject(new TypeError('Permissions check failed')),
    });
    expect(await toggleFullscreen(refused as unknown as Document)).toBe(false);
    const throwing = fakeDocument({
      request: () => {
        throw new Error('not allowed');
      },
    });
    expect(await toggleFullscreen(throwing as unknown as Document)).toBe(false);
    expect(await toggleFullscreen(fakeDocument({}) as unknown as Document)).toBe(false);
    expect(
      await toggleFullscreen(
        fakeDocument({ enabled: false, request: async () => {} }) as unknown as Document,
      ),
    ).toBe(false);
  });
});
