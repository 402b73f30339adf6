// Correction mode's panel as a maintainer meets it: the corrections made in this visit with how far
// each place moved, each one taken back by its own button or the last by 撤销上一步, all of them
// exported as one patch file, and bulk matching opened and closed. Distances are computed here by
// the haversine formula; names are written from geo/layers/*.geojson.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import type { Correction } from '../../src/lib/corrections/patch';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import CorrectionsPanel from '../../src/lib/ui/corrections/CorrectionsPanel.svelte';
import { haversineM } from '../oracles/haversine';
import { mountWithAtlas } from './mount';

const saved: { blob: Blob; fileName: string }[] = [];
vi.mock('../../src/lib/export/save-file', () => ({
  saveFile: (blob: Blob, fileName: string) => saved.push({ blob, fileName }),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
});

const FROM = [119.95, 31.7];
const TO = [119.95, 31.709];

function correction(id: string, old: number[] | null, to: number[]): Correction {
  return {
    id,
    old: { geometry: old && { type: 'Point', coordinates: old }, precision: 'area', precision_m: 5000 },
    new: { geometry: { type: 'Point', coordinates: to }, precision: 'approximate', precision_m: 300 },
    source_zh: '区政府公告',
    source_en: 'district notice',
    date: '2026-12-01',
  };
}

function showPanel(): AtlasState {
  const atlas = mountWithAtlas(CorrectionsPanel);
  atlas.corrections.setRequested(true);
  flushSync();
  return atlas;
}

describe('the corrections panel', () => {
  it('with nothing corrected says how to begin, and its buttons wait', () => {
    showPanel();
    expect(screen.getByRole('heading', { name: '修正模式' })).toBeTruthy();
    expect(screen.getByText('尚未修正任何位置。打开一个地点的详情，点击“修正位置”。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '撤销上一步' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: '导出修正文件' }).hasAttribute('disabled')).toBe(true);
  });

  it('lists each correction with how far it moved, and takes one back by its own button', async () => {
    const atlas = showPanel();
    atlas.corrections.addAll([
      correction('li-auto-base', FROM, TO),
      correction('yichuang-storage', null, TO),
    ]);
    flushSync();
    expect(screen.getByText('已修正 2 处')).toBeTruthy();
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getAllByRole('button')[0].textContent)).toEqual([
      '理想汽车常州基地',
      '屹创新型储能',
    ]);
    const km = (haversineM(FROM, TO) / 1000).toFixed(1);
    expect(rows[0].textContent).toContain(`移动 ${km} km · 2026-12-01`);
    // A place that had no position before is newly located, not moved.
    expect(rows[1].textContent).toContain('新定位 · 2026-12-01');

    await fireEvent.click(within(rows[0]).getByRole('button', { name: '理想汽车常州基地' }));
    expect(atlas.selection.placeId).toBe('li-auto-base');

    await fireEvent.click(screen.getByRole('button', { name: '撤销对理想汽车常州基地的修正' }));
    expect(atlas.corrections.list.map((c) => c.id)).toEqual(['yichuang-storage']);
    expect(screen.getByText('已修正 1 处')).toBeTruthy();
  });

  it('撤销上一步 takes back the latest; the export writes every correction into one patch file', async () => {
    const atlas = showPanel();
    atlas.corrections.addAll([
      correction('li-auto-base', FROM, TO),
      correction('proji-biomed', FROM, TO),
      correction('yichuang-storage', null, TO),
    ]);
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: '撤销上一步' }));
    expect(atlas.corrections.list.map((c) => c.id)).toEqual(['li-auto-base', 'proji-biomed']);

    await fireEvent.click(screen.getByRole('button', { name: '导出修正文件' }));
    expect(saved).toHaveLength(1);
    expect(saved[0].fileName).toMatch(/^wujin-atlas-corrections-\d{4}-\d{2}-\d{2}\.json$/);
    const patch = JSON.parse(await saved[0].blob.text()) as { features: Record<string, unknown> };
    expect(Object.keys(patch.features)).toEqual(['li-auto-base', 'proji-biomed']);
    expect(patch.features['proji-biomed']).toMatchObject({
      new: { geometry: { type: 'Point', coordinates: TO }, precision: 'approximate', precision_m: 300 },
      source_zh: '区政府公告',
      date: '2026-12-01',
    });
    expect(atlas.notices.items.map((n) => n.text.zh)).toEqual([`已导出 ${saved[0].fileName}`]);
  });

  it('opens bulk matching, which asks for an official file first; in English too', async () => {
    const atlas = showPanel();
    const bulk = screen.getByRole('button', { name: '批量匹配' });
    expect(bulk.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(bulk);
    expect(bulk.getAttribute('aria-expanded')).toBe('true');
    expect(bulk.textContent).toBe('关闭批量匹配');
    expect(screen.getByText(/先在“图层筛选 → 我的数据”中载入一份带名称的官方文件/)).toBeTruthy();

    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByRole('heading', { name: 'Correction mode' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close bulk matching' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Close bulk matching' }));
    expect(atlas.corrections.bulkOpen).toBe(false);
  });
});
