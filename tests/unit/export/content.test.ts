import { describe, expect, it } from 'vitest';
import { exportContent, type ExportFacts } from '../../../src/lib/export/content';
import { exportFileName, localIsoDate } from '../../../src/lib/export/file-name';
import { LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import { STATUSES } from '../../../src/lib/catalog/status';
import { palette } from '../../../src/lib/map/style/palette';

const facts: ExportFacts = {
  lang: 'zh',
  groups: ['transport', 'water'],
  statuses: null,
  visibleCount: 30,
  totalCount: 91,
  year: null,
  selectedName: null,
  basemap: 'embedded',
  reviewNumber: 'GS(2024)0568号',
  link: 'http://localhost:5173/#map=10/31.7/119.9&layers=water,transport',
  date: new Date(2024, 4, 9, 23, 30),
};

describe('export content', () => {
  it('names the file after the report year and the local date', () => {
    expect(localIsoDate(new Date(2024, 0, 5))).toBe('2024-01-05');
    expect(exportFileName(new Date(2025, 11, 31, 23, 59))).toBe('wujin-atlas-2024-2025-12-31.png');
    expect(exportContent(facts).fileName).toBe('wujin-atlas-2024-2024-05-09.png');
  });

  it('lists visible groups in catalogue order with their palette colours, and every status when none is filtered', () => {
    const c = exportContent(facts);
    expect(c.groups).toEqual([
      { name: '水与生态', color: palette.groupWater },
      { name: '交通', color: palette.groupTransport },
    ]);
    expect(c.statuses.map((s) => s.name)).toEqual(STATUSES.map((s) => s.name_zh));
    expect(c.statuses[0].marker).toBe(STATUSES[0].marker);
  });

  it('lists only the statuses shown', () => {
    const c = exportContent({ ...facts, lang: 'en', statuses: ['planned', 'completed'] });
    expect(c.statuses.map((s) => s.name)).toEqual(['Completed', 'Planned']);
    expect(exportContent({ ...facts, statuses: [] }).statuses).toEqual([]);
  });

  it('says it in the current language: title, counts, filters, selection, date and link', () => {
    const zh = exportContent({ ...facts, year: 2024, selectedName: '武进站' });
    expect(zh.title).toBe('武进区 2024 政府工作报告地图');
    expect(zh.subtitle).toBe('地图上显示 30 / 91 处地点 · 仅 2024 年计划 · 选中：武进站');
    expect(zh.dateText).toBe('制图日期 2024-05-09');
    expect(zh.linkText).toBe(`在线查看此视图：${facts.link}`);
    const en = exportContent({ ...facts, lang: 'en', year: 2023 });
    expect(en.title).toBe('Wujin 2024 Government Work Report Atlas');
    expect(en.subtitle).toBe('30 of 91 places shown · 2023 results only');
    expect(en.legendHeading).toBe('Legend');
    expect(en.groups.map((g) => g.name)).toEqual(
      LAYER_GROUPS.filter((g) => facts.groups.includes(g.id)).map((g) => g.name_en),
    );
  });

  it('marks the district outline as schematic, and adds the online basemap with its review number', () => {
    const embedded = exportContent(facts);
    expect(embedded.attribution).toContain('示意');
    expect(embedded.attribution).toContain('GSHHG');
    expect(embedded.attribution).not.toContain('OpenStreetMap');
    expect(embedded.attribution).not.toContain('审图号');
    const osm = exportContent({ ...facts, basemap: 'osm' });
    expect(osm.attribution).toContain('© OpenStreetMap contributors');
    const tianditu = exportContent({ ...facts, basemap: 'tianditu', reviewNumber: 'GS(2099)0001号' });
    expect(tianditu.attribution).toContain('天地图');
    expect(tianditu.attribution).toContain('审图号：GS(2099)0001号');
    expect(tianditu.attribution).toContain('示意');
    const en = exportContent({ ...facts, lang: 'en', basemap: 'tianditu' });
    expect(en.attribution).toContain('GS(2024)0568号');
    expect(en.attribution).toContain('schematic (示意)');
  });

  it('credits OpenStreetMap when the streets extract is drawn, over the embedded basemap only', () => {
    expect(exportContent({ ...facts, streets: true }).attribution).toContain('© OpenStreetMap contributors');
    expect(exportContent({ ...facts, streets: false }).attribution).not.toContain('OpenStreetMap');
    const en = exportContent({ ...facts, lang: 'en', streets: true });
    expect(en.attribution).toContain('Streets, rail, water and town boundaries © OpenStreetMap contributors');
    // Online tiles hide the extract: only their own attribution.
    const tianditu = exportContent({ ...facts, basemap: 'tianditu', streets: true });
    expect(tianditu.attribution).not.toContain('OpenStreetMap');
  });

  it("names each of the planner's layers in the legend in its colour and puts the ruler's figures under the title", () => {
    const zh = exportContent({
      ...facts,
      userLayers: [
        { name: 'plan.geojson', colour: palette.userData },
        { name: 'roads.kml', colour: palette.userDataWine },
      ],
      measurement: { lengthM: 12_345, areaM2: 3_420_000 },
    });
    expect(zh.groups.slice(-2)).toEqual([
      { name: '我的数据：plan.geojson', color: palette.userData },
      { name: '我的数据：roads.kml', color: palette.userDataWine },
    ]);
    expect(zh.subtitle).toContain('测量面积 3.42 平方公里（342 公顷），周长 12.3 km');
    const en = exportContent({ ...facts, lang: 'en', measurement: { lengthM: 845, areaM2: null } });
    expect(en.subtitle).toContain('Measured length 845 m');
    expect(en.groups.map((g) => g.name)).not.toContain('My data: plan.geojson');
    // The ruler on with no path yet adds nothing.
    expect(exportContent({ ...facts, measurement: { lengthM: 0, areaM2: null } }).subtitle).toBe(
      exportContent(facts).subtitle,
    );
  });
});
