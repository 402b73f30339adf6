// The page's first words come with the HTML: a phone on a slow network shows what the atlas is
// before its scripts have arrived, and the atlas (or its error) takes their place when it draws.
import { expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mapIdle, useAtlas, viewports } from './harness';

const suite = useAtlas();

/** A phone's page that gets HTML and styles but none of the atlas's scripts. */
async function withoutScripts(
  browser: Browser,
  url: string,
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ ...viewports.phone });
  const page = await context.newPage();
  try {
    const blocked: string[] = [];
    await page.route(/\.m?js(\?.*)?$/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(url);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    await run(page);
  } finally {
    await context.close();
  }
}

test('before any script has run, a phone shows the atlas’s name and what it holds in both languages', async () => {
  await withoutScripts(suite.browser, suite.server.url, async (page) => {
    const shell = page.locator('#boot');
    await expect.poll(() => shell.isVisible()).toBe(true);
    const text = (await shell.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('武进区 2024 政府工作报告地图');
    expect(text).toContain('报告中的地点、项目与数据，每一处都可追溯到原文');
    expect(text).toContain('Wujin 2024 Government Work Report Atlas');
    expect(text).toContain('Loading the Wujin atlas');
    // Drawn in the atlas's colours from the style sheet (the page's policy allows no inline style):
    // the land colour behind, the panel colour in the bar.
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.querySelector('#boot')!).backgroundColor,
      bar: getComputedStyle(document.querySelector('#boot .boot-bar')!).backgroundColor,
    }));
    expect(colours).toEqual({ body: 'rgb(243, 240, 232)', bar: 'rgb(255, 255, 255)' });
    // Everything fits the phone's screen: nothing to scroll to.
    const fits = await page.evaluate(() => {
      const r = document.querySelector('#boot .boot-body')!.getBoundingClientRect();
      return r.bottom <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth;
    });
    expect(fits).toBe(true);
  });
});

test('the atlas takes the first words’ place when it draws itself', async () => {
  await suite.withAtlas({ viewport: 'phone' }, async (atlas) => {
    expect(await atlas.page.locator('#boot').isVisible()).toBe(false);
    expect(await atlas.page.locator('#boot').getAttribute('hidden')).toBe('');
    // One title on screen, the atlas's own header.
    const titles = await atlas.page
      .getByText('政府工作报告地图')
      .evaluateAll(
        (nodes) =>
          nodes.filter(
            (n) => (n as HTMLElement).offsetParent !== null || getComputedStyle(n).position === 'fixed',
          ).length,
      );
    expect(titles).toBe(1);
    expect(await atlas.page.locator('header h1').innerText()).toContain('政府工作报告地图');
  });
});

test('nothing on a phone’s page jumps while the atlas loads: the controls keep their place as the map arrives', async () => {
  await suite.withAtlas(
    {
      viewport: 'phone',
      initScript: () => {
        const w = window as unknown as {
          __shifts: { value: number; nodes: string[] }[];
          __shiftObserver: PerformanceObserver;
        };
        w.__shifts = [];
        const record = (entries: PerformanceEntryList) => {
          for (const e of entries as unknown as {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          }[])
            if (!e.hadRecentInput)
              w.__shifts.push({
                value: e.value,
                nodes: (e.sources ?? []).map((x) =>
                  String((x.node as Element)?.className ?? x.node?.nodeName),
                ),
              });
        };
        w.__shiftObserver = new PerformanceObserver((list) => record(list.getEntries()));
        w.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
        (w as unknown as { __recordShifts: () => void }).__recordShifts = () =>
          record(w.__shiftObserver.takeRecords());
      },
    },
    async (atlas) => {
      await mapIdle(atlas.page);
      const shifts = await atlas.page.evaluate(() => {
        const w = window as unknown as {
          __shifts: { value: number; nodes: string[] }[];
          __recordShifts: () => void;
        };
        w.__recordShifts();
        return w.__shifts;
      });
      // Cumulative layout shift, as the browser scores it for the load: 0.1 is Lighthouse's "good".
      expect(
        shifts.reduce((sum, s) => sum + s.value, 0),
        JSON.stringify(shifts),
      ).toBeLessThan(0.01);
    },
  );
});

test('a catalogue that does not arrive replaces the first words with the error, not with a blank page', async () => {
  const context = await suite.browser.newContext({ ...viewports.phone });
  const page = await context.newPage();
  try {
    await page.route(/\/catalogue-[^/]*\.json$/, (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto(suite.server.url);
    const failure = page.getByTestId('load-error');
    await expect.poll(() => failure.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('#boot').isVisible()).toBe(false);
  } finally {
    await context.close();
  }
});
