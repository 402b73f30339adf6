import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Metric, PlaceProperties } from '../../../src/lib/catalog/types';
import {
  findFigure,
  highlightParagraph,
  highlightReport,
  segmentsFromSpans,
  type HighlightSources,
  type Segment,
} from '../../../src/lib/report/highlight';
import { parseReport } from '../../../src/lib/report/parse';

const repoFile = (path: string) => new URL(`../../../${path}`, import.meta.url);
const report = parseReport(
  readFileSync(repoFile('data/report/wujin-2024-government-work-report.txt'), 'utf8'),
);
const metrics = JSON.parse(readFileSync(repoFile('data/metrics.json'), 'utf8')) as Metric[];

type PlaceInput = HighlightSources['places'][number];
const place = (
  id: string,
  name_zh: string,
  report: PlaceProperties['report'],
  aliases: string[] = [],
): PlaceInput => ({ properties: { id, name_zh, aliases, report } });

const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');
const para = (id: string) => {
  const p = report.paragraphs.get(id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p;
};
/** The text of every segment that carries the id. */
const textsOf = (segments: Segment[], id: string) =>
  segments.filter((s) => s.placeIds?.includes(id) || s.metricIds?.includes(id)).map((s) => s.text);

// Places of the real report, referenced the way geo/layers/*.geojson references them.
const places: PlaceInput[] = [
  place(
    'gehu',
    '滆湖',
    [
      { paragraph: 'review-4.p1', quote: '滆湖清淤500万立方米' },
      { paragraph: 'plan-3.p1', quote: '滆湖生态清淤及修复二期三期项目' },
    ],
    ['西太湖'],
  ),
  place('gehu-return', '滆湖退田还湖', [{ paragraph: 'review-4.p1', quote: '滆湖退田还湖二期稳步推进' }]),
  place('taihu', '太湖', [{ paragraph: 'review-4.p1', quote: '太湖湖心区首次达到Ⅲ类水标准' }]),
  place('quectel-base', '移远通信制造基地', [
    { paragraph: 'review-1.p1', quote: '总投资超30亿元的移远通信制造基地等项目投产' },
  ]),
  place('lianghu-core', '“两湖”核心区', [{ paragraph: 'review-5.p1', quote: '“两湖”核心区呈现新气象' }]),
  place('li-auto-base', '理想汽车三基地', [{ paragraph: 'review-1.p1', quote: '签约理想汽车三基地' }]),
  place('wujin-station', '武进站', [{ paragraph: 'review-5.p1', quote: '武进站综合交通枢纽投用' }]),
];
const sources: HighlightSources = { places, metrics };

describe('highlightParagraph on the real report', () => {
  const all = highlightReport(report.paragraphs.values(), sources);

  it('loses no text: every paragraph is its segments joined', () => {
    expect(all.size).toBe(report.paragraphs.size);
    for (const p of report.paragraphs.values()) expect(joined(all.get(p.id)!)).toBe(p.text);
  });

  it('marks every figure of data/metrics.json in its own paragraph', () => {
    expect(metrics.length).toBeGreaterThan(50);
    for (const m of metrics) {
      const segments = all.get(m.section);
      expect(segments, m.section).toBeDefined();
      expect(textsOf(segments!, m.id).join(''), m.id).not.toBe('');
    }
  });

  it.each([
    ['gdp-2023', 'review-summary.p1', '3240亿元'],
    ['industrial-output-2023', 'review-1.p1', '突破5800亿元'],
    ['nev-vehicle-output-2023', 'review-1.p1', '超36万辆'],
    ['nev-vehicle-provincial-share-2023', 'review-1.p1', '近40%'],
    ['comprehensive-strength-rank-2023', 'review-summary.p1', '第三'],
    ['top100-first-places-2023', 'review-summary.p1', '四项第一'],
    ['homestead-reform-tasks-2023', 'review-3.p1', '五项'],
    ['gdp-growth-2024-target', 'plan-targets.p1', '6%以上'],
    ['general-budget-revenue-growth-2024-target', 'plan-targets.p1', '6%左右'],
    ['disposable-income-growth-2024-target', 'plan-targets.p1', '高于GDP增幅'],
    ['projects-1bn-2024-target', 'plan-1.p1', '18个以上'],
    ['specialised-firms-new-rank-2024-target', 'plan-2.p1', '首位'],
    ['high-tech-firms-total-2024-target', 'plan-2.p1', '突破2100家'],
  ])('writes figure %s as the report does', (id, paragraph, text) => {
    expect(textsOf(all.get(paragraph)!, id)).toEqual([text]);
  });

  it('links place names only in paragraphs the catalogue ties the place to', () => {
    // 太湖 is referenced in review-4 only, but also named in plan-3 (太湖新一轮生态清淤).
    expect(para('plan-3.p1').text).toContain('太湖');
    expect(all.get('plan-3.p1')!.some((s) => s.placeIds?.includes('taihu'))).toBe(false);
    expect(textsOf(all.get('review-4.p1')!, 'taihu').length).toBeGreaterThan(0);
    expect(textsOf(all.get('plan-3.p1')!, 'gehu').every((t) => t === '滆湖')).toBe(true);
  });

  it('lets the longer name win where names overlap (滆湖退田还湖 over 滆湖)', () => {
    const segments = all.get('review-4.p1')!;
    expect(textsOf(segments, 'gehu-return')).toEqual(['滆湖退田还湖']);
    const gehu = segments.filter((s) => s.placeIds?.includes('gehu'));
    expect(gehu.length).toBeGreaterThan(0);
    for (const s of gehu) expect(s.placeIds).toEqual(['gehu']);
  });

  it('keeps a figure and a place side by side in one quote', () => {
    const segments = all.get('review-1.p1')!;
    expect(textsOf(segments, 'quectel-base-investment-2023')).toEqual(['超30亿元']);
    expect(textsOf(segments, 'quectel-base')).toEqual(['移远通信制造基地']);
  });

  it('finds names with typographic quotes in them', () => {
    expect(textsOf(all.get('review-5.p1')!, 'lianghu-core')).toEqual(['“两湖”核心区']);
  });
});

describe('overlaps', () => {
  const text = '甲乙丙丁戊己庚';

  it('marks a figure inside a place quote with both ids, and the rest of the quote with the place', () => {
    const segments = highlightParagraph('x.p1', '前文新建丙湖公园3个以上。后文', {
      places: [place('park', '公园甲', [{ paragraph: 'x.p1', quote: '新建丙湖公园3个以上' }])],
      metrics: [
        {
          id: 'parks',
          section: 'x.p1',
          quote: '公园3个以上',
          value: 3,
          unit: '个',
          qualifier: 'at_least',
          kind: 'target',
        },
      ],
    });
    expect(segments).toEqual([
      { text: '前文' },
      { text: '新建丙湖公园', placeIds: ['park'] },
      { text: '3个以上', placeIds: ['park'], metricIds: ['parks'] },
      { text: '。后文' },
    ]);
  });

  it('gives words two places share to both, in catalogue order', () => {
    const segments = highlightParagraph('x.p1', text, {
      places: [
        place('b', '丙丁', [{ paragraph: 'x.p1', quote: '丙丁' }]),
        place('a', '丙丁', [{ paragraph: 'x.p1', quote: '乙丙丁' }]),
      ],
      metrics: [],
    });
    expect(segments).toEqual([{ text: '甲乙' }, { text: '丙丁', placeIds: ['b', 'a'] }, { text: '戊己庚' }]);
  });

  it('drops the later of two partly overlapping names of equal length, whatever the input order', () => {
    const p1 = place('p1', '乙丙', [{ paragraph: 'x.p1', quote: '乙丙' }]);
    const p2 = place('p2', '丙丁', [{ paragraph: 'x.p1', quote: '丙丁' }]);
    const forward = highlightParagraph('x.p1', text, { places: [p1, p2], metrics: [] });
    const backward = highlightParagraph('x.p1', text, { places: [p2, p1], metrics: [] });
    // p2's name lost to p1's, so p2's quote is its mention: both stay reachable.
    expect(forward.map((s) => s.text)).toEqual(backward.map((s) => s.text));
    expect(textsOf(forward, 'p1')).toEqual(['乙', '丙']);
    expect(textsOf(forward, 'p2')).toEqual(['丙', '丁']);
  });

  it('gives a swallowed name back to the place whose quote contains it, innermost first', () => {
    const segments = highlightParagraph('x.p1', '滆湖退田还湖二期稳步推进', {
      places: [
        place('gehu', '滆湖', [{ paragraph: 'x.p1', quote: '滆湖退田还湖二期稳步推进' }]),
        place('farmland', '滆湖退田还湖二期', [{ paragraph: 'x.p1', quote: '滆湖退田还湖二期稳步推进' }]),
      ],
      metrics: [],
    });
    expect(segments).toEqual([
      { text: '滆湖', placeIds: ['gehu', 'farmland'] },
      { text: '退田还湖二期', placeIds: ['farmland'] },
      { text: '稳步推进' },
    ]);
  });

  it('highlights the whole quote when it holds no name of the place', () => {
    const segments = highlightParagraph('x.p1', text, {
      places: [place('p', '别名', [{ paragraph: 'x.p1', quote: '丁戊' }])],
      metrics: [],
    });
    expect(segments).toEqual([{ text: '甲乙丙' }, { text: '丁戊', placeIds: ['p'] }, { text: '己庚' }]);
  });

  it('ignores quotes that are not in the paragraph instead of guessing', () => {
    const segments = highlightParagraph('x.p1', text, {
      places: [place('p', '别名', [{ paragraph: 'x.p1', quote: '不在文中' }])],
      metrics: [],
    });
    expect(segments).toEqual([{ text }]);
  });

  it('splits random overlapping spans losslessly, with each character carrying exactly its covering ids', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const long = '一二三四五六七八九十'.repeat(4);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => {
        const start = Math.floor(random() * long.length);
        const end = Math.min(long.length, start + 1 + Math.floor(random() * 8));
        return {
          start,
          end,
          kind: random() < 0.5 ? ('place' as const) : ('metric' as const),
          id: `s${i}`,
          order: i,
        };
      });
      const segments = segmentsFromSpans(long, spans);
      expect(joined(segments)).toBe(long);
      let at = 0;
      for (const s of segments) {
        for (let c = at; c < at + s.text.length; c++) {
          const covering = spans
            .filter((sp) => sp.start <= c && c < sp.end)
            .sort((a, b) => a.end - a.start - (b.end - b.start) || a.order - b.order);
          expect(s.placeIds ?? []).toEqual(covering.filter((sp) => sp.kind === 'place').map((sp) => sp.id));
          expect(s.metricIds ?? []).toEqual(covering.filter((sp) => sp.kind === 'metric').map((sp) => sp.id));
        }
        at += s.text.length;
      }
      for (let i = 1; i < segments.length; i++)
        expect(segments[i]).not.toEqual({ ...segments[i - 1], text: segments[i].text });
    }
  });
});

describe('findFigure', () => {
  const m = (value: number | null, unit: string, qualifier: Metric['qualifier'] = 'exact') => ({
    value,
    unit,
    qualifier,
    kind: 'achieved' as const,
  });

  it('does not find a number inside a longer number', () => {
    expect(findFigure('项目18个以上', m(8, '个'))).toBeNull();
    expect(findFigure('增长6.5%', m(6, '%'))).toBeNull();
  });

  it('stays inside the range it is given', () => {
    const text = '约3个,另有超3个';
    expect(findFigure(text, m(3, '个'), 5)).toEqual({ start: 6, end: 9 });
    expect(findFigure(text, m(3, '个'), 1)).toEqual({ start: 1, end: 3 });
  });
});
