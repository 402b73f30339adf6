// The tour's caption as a presenter drives it: the keys a clicker sends turn pages, B blanks the
// screen, Esc leaves; the dots go straight to a stop. Titles are written from the tour's script, the
// figures from data/metrics.json, and a quote is checked against the report's own text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { atlasContext } from '../../src/lib/state/context';
import TourOverlay from '../../src/lib/ui/tour/TourOverlay.svelte';
import { realCatalog } from './catalog';
import { serveRepoFiles } from './files';

beforeEach(() => serveRepoFiles());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The tour's stops in order, with their titles (the script's words). */
const TITLES = [
  '武进区\u200b2024年政府工作报告',
  '2023年总体成绩',
  '强产业',
  '促创新',
  '抓改革',
  '优生态',
  '提品质',
  '惠民生',
  '2024年主要预期目标',
  '一、深化产业转型',
  '二、优化创新生态',
  '三、扛起生态重任',
  '四、统筹城乡建设',
  '五、站稳人民立场',
  '谢谢',
];

const reportText = readFileSync(
  join(fileURLToPath(import.meta.url), '../../../data/report/wujin-2024-government-work-report.txt'),
  'utf8',
).replace(/\s+/g, '');

function mount(at: string): AtlasState {
  const atlas = new AtlasState(realCatalog());
  atlas.startTour(at);
  render(TourOverlay, { props: { playing: false }, context: atlasContext(atlas) });
  flushSync();
  return atlas;
}

const title = () => screen.getByTestId('tour-title').textContent;
const count = () => screen.getByTestId('tour-count').textContent;
/** A key as a clicker sends it: to whatever has focus, on its way up to the window. */
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

describe('TourOverlay', () => {
  it('opens at the stop asked for, with the report’s own words and its figures', () => {
    mount('review-2');
    expect(title()).toBe('促创新');
    expect(count()).toBe(`4 / ${TITLES.length}`);
    // high-tech-firms-total-2023, high-tech-firms-net-2023 and talents-attracted-2023 in data/metrics.json.
    const figures = [...screen.getByTestId('tour-figures').querySelectorAll('dd')].map((d) =>
      d.textContent!.replace(/\s+/g, ''),
    );
    expect(figures).toEqual(['超1800家', '382家', '3.66万人']);
    const quote = screen.getByTestId('tour-quote').querySelector('blockquote')!.textContent!.trim();
    const words = quote.replace(/^“|”$/g, '').replace(/\s+/g, '');
    expect(words.length).toBeGreaterThan(5);
    expect(reportText).toContain(words);
  });

  it('turns pages with the keys a clicker sends', async () => {
    const atlas = mount('review-4');
    expect(title()).toBe('优生态');
    await press('ArrowRight');
    expect(title()).toBe('提品质');
    expect(atlas.presentation.stopId).toBe('review-5');
    await press('PageDown');
    expect(title()).toBe('惠民生');
    await press('PageUp');
    await press('ArrowLeft');
    expect(title()).toBe('优生态');
    await press(' ');
    expect(title()).toBe('提品质');
    await press('End');
    expect(title()).toBe('谢谢');
    expect(count()).toBe(`${TITLES.length} / ${TITLES.length}`);
    await press('ArrowRight');
    expect(title()).toBe('谢谢');
    await press('Home');
    expect(title()).toBe(TITLES[0]);
    expect(count()).toBe(`1 / ${TITLES.length}`);
  });

  it('B blanks the screen; the next key only brings it back', async () => {
    mount('review-1');
    await press('b');
    expect(screen.getByTestId('tour-blank')).toBeTruthy();
    await press('ArrowRight');
    expect(screen.queryByTestId('tour-blank')).toBeNull();
    expect(title()).toBe('强产业');
    await press('.');
    expect(screen.getByTestId('tour-blank')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('tour-blank'));
    expect(screen.queryByTestId('tour-blank')).toBeNull();
  });

  it('the dots go straight to a stop, the arrows step, and Esc leaves', async () => {
    const atlas = mount('title');
    await fireEvent.click(screen.getByRole('button', { name: /^第 13 页：/ }));
    expect(title()).toBe(TITLES[12]);
    await fireEvent.click(screen.getByTestId('tour-next'));
    expect(title()).toBe(TITLES[13]);
    await fireEvent.click(screen.getByTestId('tour-previous'));
    expect(title()).toBe(TITLES[12]);
    await press('Escape');
    expect(atlas.presentation.stopId).toBeNull();
  });

  it('speaks English on the English page, and leaves keys typed into a field alone', async () => {
    const atlas = mount('review-4');
    atlas.view.setLang('en');
    flushSync();
    expect(title()).toBe('A cleaner environment');
    expect(screen.getByTestId('tour-quote').textContent).toContain('Class III water quality');
    const field = document.body.appendChild(document.createElement('input'));
    await fireEvent.keyDown(field, { key: 'ArrowRight' });
    expect(atlas.presentation.stopId).toBe('review-4');
    field.remove();
  });
});
