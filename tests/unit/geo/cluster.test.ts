import { describe, expect, it } from 'vitest';
import { spreadOrCluster } from '../../../src/lib/geo/cluster';
import { px } from './mercator-px';

const markerPx = () => 20;
const iconScale = () => 1;

/** Forty markers in a square of about 0.05° (a few pixels apart at zoom 8), and one far off. */
const crowd = Array.from({ length: 40 }, (_, i) => ({
  id: `p${i}`,
  lon: 119.9 + (i % 7) * 0.007,
  lat: 31.7 + Math.floor(i / 7) * 0.007,
}));
const alone = { id: 'alone', lon: 120.4, lat: 31.3 };

describe('markers that cannot stand side by side are counted in clusters', () => {
  const zoom = 8;
  const out = spreadOrCluster([...crowd, alone], zoom, markerPx, iconScale);

  it('accounts for every marker once: alone or in exactly one cluster', () => {
    const counted = out.clusters.flatMap((c) => c.ids);
    const ids = [...out.singles.map((s) => s.id), ...counted].sort();
    expect(ids).toEqual([...crowd, alone].map((p) => p.id).sort());
    expect(out.clusters.every((c) => c.ids.length >= 2)).toBe(true);
  });

  it('leaves a marker far from the others alone and where it is', () => {
    expect(out.singles.map((s) => s.id)).toContain('alone');
    expect(out.offsets.get('alone')).toEqual([0, 0]);
  });

  it('keeps every drawn marker and cluster clear of the others throughout the zoom step', () => {
    const drawn = [
      ...out.singles.map((s) => ({ lon: s.lon, lat: s.lat, off: out.offsets.get(s.id)! })),
      ...out.clusters.map((c, k) => ({ lon: c.lon, lat: c.lat, off: out.clusterOffsets[k]! })),
    ];
    for (const f of [0, 0.25, 0.5, 0.75, 0.99]) {
      const at = drawn.map((d) => {
        const [x, y] = px(d.lon, d.lat, zoom + f);
        return [x + d.off[0], y + d.off[1]];
      });
      for (let i = 0; i < at.length; i++)
        for (let j = i + 1; j < at.length; j++)
          expect(
            Math.max(Math.abs(at[i]![0]! - at[j]![0]!), Math.abs(at[i]![1]! - at[j]![1]!)),
            `items ${i} and ${j} at zoom ${zoom + f}`,
          ).toBeGreaterThanOrEqual(20 - 1e-6);
    }
  });

  it("puts a cluster at its members' centre and bounds them", () => {
    for (const c of out.clusters) {
      const members = crowd.filter((p) => c.ids.includes(p.id));
      const xs = members.map((p) => px(p.lon, p.lat, zoom)[0]);
      const ys = members.map((p) => px(p.lon, p.lat, zoom)[1]);
      const [cx, cy] = px(c.lon, c.lat, zoom);
      expect(cx).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 6);
      expect(cy).toBeCloseTo(ys.reduce((a, b) => a + b, 0) / ys.length, 6);
      expect(c.bbox).toEqual([
        Math.min(...members.map((p) => p.lon)),
        Math.min(...members.map((p) => p.lat)),
        Math.max(...members.map((p) => p.lon)),
        Math.max(...members.map((p) => p.lat)),
      ]);
    }
  });

  it('counts nothing at a zoom where the markers stand apart', () => {
    const deep = spreadOrCluster([...crowd, alone], 14, markerPx, iconScale);
    expect(deep.clusters).toEqual([]);
  });
});
