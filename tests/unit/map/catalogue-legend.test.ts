import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GROUP_IDS, LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import { STATUSES } from '../../../src/lib/catalog/status';
import { groupLayers } from '../../../src/lib/map/style/places';
import { palette } from '../../../src/lib/map/style/palette';

describe('layer catalogue, legend and map agree', () => {
  it('every group has a file, a colour token and map layers drawing in that colour', () => {
    for (const g of LAYER_GROUPS) {
      const file = JSON.parse(readFileSync(`geo/layers/${g.id}.geojson`, 'utf8'));
      expect(file.type).toBe('FeatureCollection');
      expect(palette[g.color]).toMatch(/^#[0-9a-f]{6}$/);
      const layers = groupLayers(g, 'zh');
      expect(JSON.stringify(layers)).toContain(palette[g.color]);
      for (const l of layers) expect('source' in l && l.source).toBe(g.id);
    }
  });

  it('group colours are distinct', () => {
    const colours = LAYER_GROUPS.map((g) => palette[g.color]);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('has names in both languages for every group and status', () => {
    for (const item of [...LAYER_GROUPS, ...STATUSES]) {
      expect(item.name_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(item.name_en).toMatch(/^[A-Z]/);
    }
  });

  it('status markers are all distinguishable', () => {
    const specs = STATUSES.map((s) => JSON.stringify(s.marker));
    expect(new Set(specs).size).toBe(specs.length);
  });

  it('the legend component lists groups and statuses from the catalogue, not a copy', () => {
    const legend = readFileSync('src/lib/ui/Legend.svelte', 'utf8');
    expect(legend).toContain('LAYER_GROUPS');
    expect(legend).toContain('STATUSES');
    expect(legend).not.toMatch(/#[0-9a-fA-F]{6}/);
  });

  it('group ids are stable', () => {
    expect(GROUP_IDS).toEqual(['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban']);
  });
});
