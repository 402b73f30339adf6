// Share as a visitor meets it: one button in the header that hands the link to this view to the
// phone's share sheet where there is one, and otherwise opens a dialog that copies the link and
// shows it as a QR code. A link to this device itself is never handed on without a warning.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import ShareButton from '../../src/lib/ui/share/ShareButton.svelte';
import { mountWithAtlas } from './mount';

// The QR library draws on a canvas the simulated page lacks; the picture itself is checked in the
// browser tests. Here it stands in with a fixed image that names the text it was made for.
vi.mock('../../src/lib/ui/share/qr', () => ({
  qrDataUrl: async (text: string) => `data:image/png;base64,${btoa(text)}`,
}));

const writeText = vi.fn(async (text: string) => void text);

function setHost(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

beforeEach(() => {
  writeText.mockClear();
  vi.stubGlobal('isSecureContext', true);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  setHost('http://localhost:5173/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
});

function dialog(): HTMLDialogElement {
  return screen.getByTestId('share-dialog') as HTMLDialogElement;
}

describe('the share button', () => {
  it('is named for what it does, in the page’s language', () => {
    const atlas = mountWithAtlas(ShareButton);
    expect(screen.getByRole('button', { name: '分享当前视图' }).textContent).toContain('分享');
    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByRole('button', { name: 'Share this view' }).textContent).toContain('Share');
  });

  it('without a share sheet opens the dialog: the link to this very view, copied, and its QR code', async () => {
    setHost('https://atlas.example.cn/wujin/');
    const atlas = mountWithAtlas(ShareButton);
    atlas.selection.setPlace('gehu');
    flushSync();
    expect(dialog().open).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: '分享当前视图' }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toBe('✓ 已复制'));
    const link = `https://atlas.example.cn/wujin/#${atlas.hash}`;
    expect(atlas.hash).toContain('sel=gehu');
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('heading', { name: '分享当前视图' })).toBeTruthy();
    expect((screen.getByLabelText('当前视图的链接') as HTMLInputElement).value).toBe(link);
    expect(writeText).toHaveBeenCalledWith(link);
    const qr = screen.getByRole('img', { name: '当前视图链接的二维码' });
    expect(qr.getAttribute('src')).toBe(`data:image/png;base64,${btoa(link)}`);
    // An address anyone can reach: no warning.
    expect(screen.queryByTestId('share-local-only')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(dialog().open).toBe(false);
  });

  it('warns, in English too, that a link to this device opens nowhere else, and never uses the share sheet', async () => {
    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const atlas = mountWithAtlas(ShareButton);
    atlas.view.setLang('en');
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Share this view' }));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toBe('✓ Copied'));
    expect(share).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('this link points at this device itself');
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });

  it('hands the link to the share sheet where there is one, and a closed sheet opens nothing', async () => {
    setHost('https://atlas.example.cn/');
    const share = vi.fn(async () => {
      throw new DOMException('closed', 'AbortError');
    });
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const atlas = mountWithAtlas(ShareButton);
    await fireEvent.click(screen.getByRole('button', { name: '分享当前视图' }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    expect(share).toHaveBeenCalledWith({
      title: '武进区政府工作报告地图',
      url: `https://atlas.example.cn/${atlas.hash ? `#${atlas.hash}` : ''}`,
    });
    expect(dialog().open).toBe(false);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to the dialog when the share sheet fails for another reason', async () => {
    setHost('https://atlas.example.cn/');
    Object.defineProperty(navigator, 'share', {
      value: async () => {
        throw new DOMException('not allowed', 'NotAllowedError');
      },
      configurable: true,
    });
    mountWithAtlas(ShareButton);
    await fireEvent.click(screen.getByRole('button', { name: '分享当前视图' }));
    await waitFor(() => expect(dialog().open).toBe(true));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toBe('✓ 已复制'));
  });

  it('when nothing can copy, says so and leaves the link selected for a manual copy; 复制链接 tries again', async () => {
    setHost('https://atlas.example.cn/');
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    document.execCommand = () => false;
    mountWithAtlas(ShareButton);
    await fireEvent.click(screen.getByRole('button', { name: '分享当前视图' }));
    const status = screen.getByTestId('share-status');
    await waitFor(() => expect(status.textContent).toContain('无法自动复制'));
    const field = screen.getByLabelText('当前视图的链接') as HTMLInputElement;
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);

    writeText.mockResolvedValue(undefined);
    await fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    await waitFor(() => expect(status.textContent).toBe('✓ 已复制'));
    expect(writeText).toHaveBeenCalledTimes(2);
  });
});
