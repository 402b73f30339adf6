// The header as a visitor meets it: the atlas's name in the page's language, the language switch
// that turns the whole page around, and the way into presenting (which hands the focus back to its
// button when the tour ends).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import Header from '../../src/lib/ui/Header.svelte';
import PresentButton from '../../src/lib/ui/tour/PresentButton.svelte';
import { mountWithAtlas } from './mount';

const PRESENT_ZH = '演示：逐页导览报告（键盘或翻页笔操作）';
const PRESENT_EN = 'Present: a guided tour of the report, page by page';

afterEach(() => cleanup());

describe('the header', () => {
  it('names the atlas and switches the page between Chinese and English', async () => {
    const atlas = mountWithAtlas(Header);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('武进区 2024 政府工作报告地图');
    const toEnglish = screen.getByRole('button', { name: 'EN · Switch to English' });
    expect(toEnglish.textContent?.trim()).toBe('EN');
    // The other tools sit beside it, named in the same language.
    expect(screen.getByRole('button', { name: '分享当前视图' })).toBeTruthy();
    expect(screen.getByRole('button', { name: PRESENT_ZH })).toBeTruthy();

    await fireEvent.click(toEnglish);
    expect(atlas.view.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Wujin 2024 Government Work Report Atlas',
    );
    expect(screen.getByRole('button', { name: 'Share this view' })).toBeTruthy();
    expect(screen.getByRole('button', { name: PRESENT_EN })).toBeTruthy();
    const toChinese = screen.getByRole('button', { name: '中文 · 切换到中文' });
    expect(toChinese.textContent?.trim()).toBe('中文');

    await fireEvent.click(toChinese);
    expect(atlas.view.lang).toBe('zh');
    expect(screen.getByRole('button', { name: 'EN · Switch to English' })).toBeTruthy();
  });
});

describe('the present button', () => {
  it('starts the tour at its title slide', async () => {
    const atlas = mountWithAtlas(PresentButton);
    expect(atlas.presentation.stopId).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: PRESENT_ZH }));
    expect(atlas.presentation.stopId).toBe('title');
  });

  it('takes the focus back when the tour it started ends, and not when nothing was started', async () => {
    const atlas = mountWithAtlas(PresentButton);
    const button = screen.getByRole('button', { name: PRESENT_ZH });
    await fireEvent.click(button);
    button.blur();
    expect(document.activeElement).not.toBe(button);
    atlas.leaveTour();
    flushSync();
    await waitFor(() => expect(document.activeElement).toBe(button));

    // A tour started elsewhere (a link, the kiosk) ends without taking the focus here.
    button.blur();
    atlas.startTour();
    flushSync();
    atlas.leaveTour();
    flushSync();
    await tick();
    await tick();
    expect(document.activeElement).not.toBe(button);
  });

  it('is named in English on an English page', () => {
    const atlas = mountWithAtlas(PresentButton);
    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByRole('button', { name: PRESENT_EN }).textContent?.trim()).toBe('Present');
  });
});
