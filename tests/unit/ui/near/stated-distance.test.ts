import { describe, expect, it } from 'vitest';
import { statedDistance } from '../../../../src/lib/ui/near/stated-distance';

describe('a distance stated at the precision of its ends', () => {
  it.each([
    // [measured m, uncertainty m, zh, en]: the expected words written out by hand.
    [683, 0, '680 m', '680 m'],
    [683, 150, '680 m', '680 m'],
    [683, 5000, '约 5 km 以内', 'within about 5 km'],
    [4990, 5000, '约 5 km 以内', 'within about 5 km'],
    [7400, 5000, '约 7 km', 'about 7 km'],
    [7600, 5000, '约 8 km', 'about 8 km'],
    [12_345, 3000, '约 12 km', 'about 12 km'],
    [2620, 1500, '约 2.5 km', 'about 2.5 km'],
    [2760, 1500, '约 3 km', 'about 3 km'],
    [1240, 1000, '约 1 km', 'about 1 km'],
    [1260, 1000, '约 1.5 km', 'about 1.5 km'],
    [1240, 800, '约 1.2 km', 'about 1.2 km'],
    [870, 500, '约 900 m', 'about 900 m'],
    [300, 1250, '约 1.5 km 以内', 'within about 1.5 km'],
  ])('%i m ± %i m → %s / %s', (distanceM, uncertaintyM, zh, en) => {
    expect(statedDistance({ distanceM, uncertaintyM }, 'zh')).toBe(zh);
    expect(statedDistance({ distanceM, uncertaintyM }, 'en')).toBe(en);
  });

  it('never states an approximate distance to 10 m', () => {
    for (let d = 0; d < 30_000; d += 37) {
      for (const u of [300, 1000, 2500, 5000, 10_000]) {
        const text = statedDistance({ distanceM: d, uncertaintyM: u }, 'en');
        const metres = /(\d+) m\b/.exec(text);
        if (metres) expect(Number(metres[1]) % 100, text).toBe(0);
        const km = /([\d.]+) km/.exec(text);
        if (km) expect(Number.isInteger(Math.round(Number(km[1]) * 1000) / 100), text).toBe(true);
      }
    }
  });

  it('names the zone both ends share instead of a distance', () => {
    expect(statedDistance({ distanceM: 640, uncertaintyM: 5000, sharedZone: '武进国家高新区' }, 'zh')).toBe(
      '同在武进国家高新区内',
    );
    expect(
      statedDistance({ distanceM: 640, uncertaintyM: 5000, sharedZone: 'Wujin Hi-tech Zone' }, 'en'),
    ).toBe('both in Wujin Hi-tech Zone');
  });
});
