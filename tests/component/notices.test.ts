// The notices over the map as a visitor meets them: the newest three on screen and the rest behind
// "n more", each one dismissed by its own button, an info notice gone by itself after six seconds,
// and every notice in the page's language. Texts are written here from what a visitor reads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Notices from '../../src/lib/ui/Notices.svelte';
import { mountWithAtlas } from './mount';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function showNotices() {
  const atlas = mountWithAtlas(Notices);
  const region = screen.getByRole('status');
  /** The notices' texts as they read on screen, oldest first. */
  const texts = () => [...region.querySelectorAll('.notice span')].map((s) => s.textContent);
  return { atlas, region, texts };
}

describe('the notices', () => {
  it('shows the newest three and folds the older ones behind "另有 n 条", which opens and closes them', async () => {
    const { atlas, region, texts } = showNotices();
    for (let i = 1; i <= 5; i++) atlas.notices.notify('warning', { zh: `提示${i}`, en: `Notice ${i}` });
    flushSync();
    expect(texts()).toEqual(['提示3', '提示4', '提示5']);
    await fireEvent.click(within(region).getByRole('button', { name: '另有 2 条' }));
    expect(texts()).toEqual(['提示1', '提示2', '提示3', '提示4', '提示5']);
    await fireEvent.click(within(region).getByRole('button', { name: '收起' }));
    expect(texts()).toEqual(['提示3', '提示4', '提示5']);
  });

  it('takes a notice away with its own 关闭提示 button and leaves the others', async () => {
    const { atlas, region, texts } = showNotices();
    atlas.notices.notify('error', { zh: '甲', en: 'A' });
    atlas.notices.notify('warning', { zh: '乙', en: 'B' });
    flushSync();
    const dismiss = within(region).getAllByRole('button', { name: '关闭提示' });
    expect(dismiss).toHaveLength(2);
    await fireEvent.click(dismiss[0]);
    expect(texts()).toEqual(['乙']);
  });

  it('speaks the page’s language, buttons included, and follows a switch', async () => {
    const { atlas, region, texts } = showNotices();
    for (let i = 1; i <= 4; i++) atlas.notices.notify('warning', { zh: `提示${i}`, en: `Notice ${i}` });
    atlas.view.setLang('en');
    flushSync();
    expect(texts()).toEqual(['Notice 2', 'Notice 3', 'Notice 4']);
    expect(within(region).getAllByRole('button', { name: 'Dismiss' })).toHaveLength(3);
    await fireEvent.click(within(region).getByRole('button', { name: '1 more' }));
    expect(within(region).getByRole('button', { name: 'Show fewer' })).toBeTruthy();
    atlas.view.setLang('zh');
    flushSync();
    expect(texts()).toEqual(['提示1', '提示2', '提示3', '提示4']);
  });

  it('lets an info notice (an image saved) go by itself after six seconds; a warning stays', () => {
    vi.useFakeTimers();
    const { atlas, texts } = showNotices();
    atlas.notices.notify('warning', { zh: '底图失败', en: 'Basemap failed' });
    atlas.notices.notify('info', { zh: '已导出图片', en: 'Saved' });
    flushSync();
    expect(texts()).toEqual(['底图失败', '已导出图片']);
    vi.advanceTimersByTime(5_999);
    flushSync();
    expect(texts()).toEqual(['底图失败', '已导出图片']);
    vi.advanceTimersByTime(1);
    flushSync();
    expect(texts()).toEqual(['底图失败']);
  });

  it('shows the same message once, not twice', () => {
    const { atlas, texts } = showNotices();
    atlas.notices.notify('warning', { zh: '同一条', en: 'Same' });
    atlas.notices.notify('warning', { zh: '另一条', en: 'Other' });
    atlas.notices.notify('warning', { zh: '同一条', en: 'Same' });
    flushSync();
    expect(texts()).toEqual(['另一条', '同一条']);
  });
});
