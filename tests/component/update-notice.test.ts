// The offer of a newer version of the atlas: shown only once the service worker has one, in the
// page's language; 重新载入 applies it, 稍后 puts the offer away and nothing reloads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { pendingUpdate } from '../../src/lib/offline/update.svelte';
import UpdateNotice from '../../src/lib/ui/offline/UpdateNotice.svelte';

afterEach(() => {
  cleanup();
  pendingUpdate.dismiss();
});

describe('the update notice', () => {
  it('says nothing while there is no newer version', () => {
    render(UpdateNotice, { props: { lang: 'zh' } });
    expect(screen.queryByTestId('update-notice')).toBeNull();
  });

  it('offers the new version and reloads only when asked', async () => {
    const apply = vi.fn(() => Promise.resolve());
    render(UpdateNotice, { props: { lang: 'zh' } });
    pendingUpdate.offer(apply);
    flushSync();
    expect(screen.getByTestId('update-notice').textContent).toContain('地图有新版本。');
    expect(apply).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: '重新载入' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('puts the offer away with 稍后, without applying it', async () => {
    const apply = vi.fn(() => Promise.resolve());
    pendingUpdate.offer(apply);
    render(UpdateNotice, { props: { lang: 'zh' } });
    await fireEvent.click(screen.getByRole('button', { name: '稍后' }));
    expect(screen.queryByTestId('update-notice')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('speaks English on the English page', () => {
    pendingUpdate.offer(() => Promise.resolve());
    render(UpdateNotice, { props: { lang: 'en' } });
    expect(screen.getByRole('status').textContent).toContain('A new version of the atlas is ready.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Later' })).toBeTruthy();
  });
});
