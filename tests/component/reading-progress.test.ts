// A planner's file being read: its name and how far the reading is, over the map, and 取消 which
// ends the reading, says so, and leaves the map as it was. The reader's worker is stood in for by
// one that never answers, so the reading stays under way until the planner cancels it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import ReadingProgress from '../../src/lib/ui/user-data/ReadingProgress.svelte';
import { isReading, loadUserFiles } from '../../src/lib/ui/user-data/load-file';
import { mountWithAtlas } from './mount';

/** A worker that takes the request and never replies; it only records being ended. */
class SilentWorker {
  static ended = 0;
  onmessage = null;
  onerror = null;
  postMessage(): void {}
  terminate(): void {
    SilentWorker.ended += 1;
  }
}

beforeEach(() => {
  SilentWorker.ended = 0;
  vi.stubGlobal('Worker', SilentWorker);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function showProgress() {
  const atlas = mountWithAtlas(ReadingProgress);
  return atlas;
}

describe('the reading progress', () => {
  it('is not there while nothing is being read', () => {
    showProgress();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names the file and shows how far the reading is, in the page’s language', () => {
    const atlas = showProgress();
    atlas.planner.startReading('规划.geojson');
    atlas.planner.setReadingProgress(0.4);
    flushSync();
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('正在读取“规划.geojson”…');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('0.4');
    expect(screen.getByRole('button', { name: '取消' })).toBeTruthy();
    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByRole('status').textContent).toContain('Reading “规划.geojson”…');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    atlas.planner.endReading();
    flushSync();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('cancels a reading under way: the worker is ended, the planner is told, nothing is added', async () => {
    const atlas = showProgress();
    const file = new File(['{"type":"FeatureCollection","features":[]}'], 'plan.geojson');
    const loading = loadUserFiles(atlas, [file]);
    await vi.waitFor(() => expect(isReading()).toBe(true));
    flushSync();
    expect(screen.getByRole('status').textContent).toContain('正在读取“plan.geojson”…');
    await fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(await loading).toBe(false);
    expect(SilentWorker.ended).toBe(1);
    expect(screen.queryByRole('status')).toBeNull();
    expect(atlas.notices.items.map((n) => n.text.zh)).toEqual(['已取消读取“plan.geojson”。']);
    expect(atlas.planner.layers).toEqual([]);
  });
});
