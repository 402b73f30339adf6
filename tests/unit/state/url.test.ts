import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash, type UrlState } from '../../../src/lib/state/url';

/** A bad `name=value` beside a good year: the year stays, and the one problem names the parameter. */
function expectRefusedAlone(junk: string): void {
  const name = junk.split('=')[0];
  const { state, problems } = parseHash(`#${junk}&year=2024`);
  expect(state).toEqual({ year: 2024 });
  expect(problems).toHaveLength(1);
  expect(problems[0].startsWith(`${name}:`)).toBe(true);
}

describe('URL codec', () => {
  const full: UrlState = {
    camera: { zoom: 11.25, lat: 31.66031, lon: 119.94241 },
    sel: 'wujin-station',
    layers: ['water', 'transport'],
    status: ['planned', 'under_construction'],
    year: 2024,
    panel: 'report',
    fig: 'gehu-dredging-2023',
    para: 'review-4.p1',
    lang: 'en',
  };

  it('round-trips a full state', () => {
    const hash = serialiseHash(full);
    expect(hash).toBe(
      'map=11.25/31.66031/119.94241&sel=wujin-station&layers=water,transport&status=planned,under_construction&year=2024&panel=report&fig=gehu-dredging-2023&para=review-4.p1&lang=en',
    );
    expect(parseHash('#' + hash)).toEqual({ state: full, problems: [] });
  });

  it('round-trips every single field on its own', () => {
    for (const [key, value] of Object.entries(full)) {
      const state = { [key]: value } as UrlState;
      expect(parseHash(serialiseHash(state)).state).toEqual(state);
    }
  });

  it('writes the same link for the same view (fixed precision)', () => {
    const a = serialiseHash({ camera: { zoom: 9.600000001, lat: 31.6600004, lon: 119.97 } });
    expect(a).toBe('map=9.6/31.66/119.97');
  });

  it('keeps an empty layer list (all groups hidden) distinct from no parameter', () => {
    expect(parseHash('layers=').state.layers).toEqual([]);
    expect(parseHash('').state.layers).toBeUndefined();
  });

  it.each([
    ['map=abc', 'map'],
    ['map=10/31.6', 'map'],
    ['map=10/91/119', 'map'],
    ['map=40/31.6/119.9', 'map'],
    ['map=10/31.6/0', 'map'],
    ['map=1e3/31/120', 'map'],
    ['sel=<script>', 'sel'],
    ['layers=water,bogus', 'layers'],
    ['status=built', 'status'],
    ['year=1999', 'year'],
    ['panel=admin', 'panel'],
    ['fig=GDP 2023', 'fig'],
    ['fig=', 'fig'],
    ['para=review-1', 'para'],
    ['para=review-1.p1;drop', 'para'],
    ['para=../../etc', 'para'],
    ['lang=fr', 'lang'],
    ['foo=bar', 'foo'],
  ])('rejects junk %s with a problem naming %s and keeps the rest', (junk, name) => {
    const { state, problems } = parseHash(`#${junk}&lang=en`);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(name)).toBe(true);
    expect(state.lang).toBe('en');
  });

  it('survives arbitrary garbage without throwing', () => {
    const inputs = [
      '#',
      '#&&&',
      '#%E0%A4%A',
      '#map=%00',
      '#' + 'x'.repeat(5000),
      '#😀=🌏',
      '#map=10/31/120&map=abc',
    ];
    for (const input of inputs) {
      expect(() => parseHash(input)).not.toThrow();
    }
    expect(parseHash('#' + 'x'.repeat(5000)).problems).toEqual(['link: too long']);
  });

  it('reads paragraph ids with dots and section names with dashes', () => {
    expect(parseHash('para=plan-targets.p1').state.para).toBe('plan-targets.p1');
    expect(parseHash('para=review-summary.p1&fig=gdp-2023').state).toEqual({
      para: 'review-summary.p1',
      fig: 'gdp-2023',
    });
  });

  it('round-trips the town filter, written after the figure and paragraph and before the language', () => {
    const state: UrlState = { panel: 'list', para: 'review-4.p1', town: 'hutang', lang: 'en' };
    const hash = serialiseHash(state);
    expect(hash).toBe('panel=list&para=review-4.p1&town=hutang&lang=en');
    expect(parseHash(hash)).toEqual({ state, problems: [] });
  });

  it.each(['town=', 'town=湖塘', 'town=Hutang', 'town=hu tang', 'town=-x', `town=${'a'.repeat(90)}`])(
    'rejects the bad town parameter %s and keeps the rest',
    (hash) => {
      const { state, problems } = parseHash(`${hash}&year=2024`);
      expect(state).toEqual({ year: 2024 });
      expect(problems).toHaveLength(1);
      expect(problems[0].startsWith('town:')).toBe(true);
    },
  );

  it('deduplicates repeated list entries', () => {
    expect(parseHash('layers=water,water,urban').state.layers).toEqual(['water', 'urban']);
  });

  it.each(['osm', 'tianditu', 'embedded'] as const)(
    'round-trips the basemap %s, written before the language',
    (base) => {
      const state: UrlState = { town: 'hutang', base, lang: 'en' };
      const hash = serialiseHash(state);
      expect(hash).toBe(`town=hutang&base=${base}&lang=en`);
      expect(parseHash(hash)).toEqual({ state, problems: [] });
    },
  );

  it('writes streets=0 only when the streets are switched off, and refuses other values', () => {
    expect(serialiseHash({ streets: true, lang: 'en' })).toBe('lang=en');
    expect(serialiseHash({ base: 'osm', streets: false })).toBe('base=osm&streets=0');
    expect(parseHash('streets=0')).toEqual({ state: { streets: false }, problems: [] });
    expect(parseHash('streets=1')).toEqual({ state: { streets: true }, problems: [] });
    const junk = parseHash('streets=off');
    expect(junk.state).toEqual({});
    expect(junk.problems[0]?.startsWith('streets:')).toBe(true);
  });

  it('leaves the basemap out of the link when none is set', () => {
    expect(serialiseHash({ lang: 'en' })).not.toContain('base=');
  });

  it.each([
    'base=',
    'base=OSM',
    'base=gaode',
    'base=amap',
    'base=baidu',
    'base=osm,tianditu',
    'base=https://tile.example.com/{z}/{x}/{y}.png',
    `base=${'x'.repeat(300)}`,
  ])('rejects the bad basemap %s and keeps the rest', (hash) => {
    const { state, problems } = parseHash(`${hash}&year=2024`);
    expect(state).toEqual({ year: 2024 });
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith('base:')).toBe(true);
    expect(problems[0].length).toBeLessThan(60);
  });

  it('never takes a Tianditu key from a link', () => {
    const { state, problems } = parseHash('base=tianditu&tk=0123456789abcdef0123456789abcdef');
    expect(state).toEqual({ base: 'tianditu' });
    expect(problems).toEqual(['tk: unknown parameter']);
    expect(JSON.stringify(state)).not.toContain('0123456789abcdef');
  });
});

describe('URL codec: tour and kiosk', () => {
  it('round-trips a tour stop, kiosk mode and an idle time, written before the language', () => {
    const state: UrlState = { tour: 'review-4', kiosk: true, idle: 300, lang: 'en' };
    const hash = serialiseHash(state);
    expect(hash).toBe('tour=review-4&kiosk=1&idle=300&lang=en');
    expect(parseHash(hash)).toEqual({ state, problems: [] });
  });

  it.each([
    [{ tour: 'title' }, 'tour=title'],
    [{ tour: 'plan-targets' }, 'tour=plan-targets'],
    [{ kiosk: true }, 'kiosk=1'],
    [{ idle: 15 }, 'idle=15'],
    [{ idle: 3600 }, 'idle=3600'],
  ] as [UrlState, string][])('round-trips %j on its own', (state, hash) => {
    expect(serialiseHash(state)).toBe(hash);
    expect(parseHash(hash)).toEqual({ state, problems: [] });
  });

  it('leaves kiosk out of the link when it is off', () => {
    expect(serialiseHash({ kiosk: false, lang: 'en' })).toBe('lang=en');
  });

  it.each([
    ['idle=5', 15],
    ['idle=0', 15],
    ['idle=14', 15],
    ['idle=3601', 3600],
    ['idle=999999', 3600],
  ])('brings %s within 15–3600 s and says so', (hash, seconds) => {
    const { state, problems } = parseHash(`${hash}&kiosk=1`);
    expect(state).toEqual({ idle: seconds, kiosk: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^idle: .* using \d+ s$/);
  });

  it.each([
    'tour=',
    'tour=Review-1',
    'tour=<script>',
    'tour=review 1',
    'tour=../end',
    'kiosk=',
    'kiosk=0',
    'kiosk=true',
    'kiosk=yes',
    'idle=',
    'idle=-30',
    'idle=1.5',
    'idle=1e3',
    'idle=abc',
    'idle=1234567',
  ])('rejects the bad parameter %s and keeps the rest', expectRefusedAlone);

  it('round-trips a measured path and a measured area, written after the basemap', () => {
    const path: UrlState = {
      measure: {
        points: [
          [119.95123, 31.70111],
          [120.01, 31.65],
        ],
        closed: false,
      },
    };
    expect(serialiseHash(path)).toBe('measure=119.95123,31.70111_120.01,31.65');
    expect(parseHash(serialiseHash(path))).toEqual({ state: path, problems: [] });
    const area: UrlState = {
      base: 'osm',
      measure: {
        points: [
          [119.9, 31.7],
          [120, 31.7],
          [120, 31.6],
        ],
        closed: true,
      },
      lang: 'en',
    };
    expect(serialiseHash(area)).toBe('base=osm&area=119.9,31.7_120,31.7_120,31.6&lang=en');
    expect(parseHash(serialiseHash(area))).toEqual({ state: area, problems: [] });
    // The ruler on, with no point yet, is a state of its own.
    expect(parseHash('measure=').state.measure).toEqual({ points: [], closed: false });
    // Fixed precision: the same points always make the same link.
    expect(serialiseHash({ measure: { points: [[119.9512345, 31.7000001]], closed: false } })).toBe(
      'measure=119.95123,31.7',
    );
  });

  it.each([
    'measure=abc',
    'measure=119.9',
    'measure=119.9,31.7,5',
    'measure=119.9,31.7_',
    'measure=0,0',
    'area=31.7,119.9',
    'area=119.9,31.7_1e3,31',
    `measure=${Array.from({ length: 61 }, () => '119.9,31.7').join('_')}`,
  ])('rejects the bad measurement %s and keeps the rest', expectRefusedAlone);
});
