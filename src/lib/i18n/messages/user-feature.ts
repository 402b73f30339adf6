import { defineMessages } from '../define';

const n = (value: number): string => value.toLocaleString('en-US');

/**
 * One of the planner's own features, in its card. Loaded with the card (the first feature
 * opened), not with the page.
 */
export const userFeatureMessages = defineMessages(
  {
    source: (layer: string) => `我的数据 · ${layer}`,
    close: '关闭',
    feature: (number: number) => `要素 ${n(number)}`,
    point: '点',
    line: '线',
    area: '面',
    length: '长',
    perimeter: '周长',
    moreAttributes: (count: number) => `另有 ${n(count)} 项属性未列出`,
    noAttributes: '此要素没有属性。',
    zoomTo: '缩放至此要素',
    nearby: '附近的报告项目',
  },
  {
    source: (layer) => `My data · ${layer}`,
    close: 'Close',
    feature: (number) => `Feature ${n(number)}`,
    point: 'Point',
    line: 'Line',
    area: 'Area',
    length: 'length',
    perimeter: 'perimeter',
    moreAttributes: (count) => `${n(count)} more attributes not listed`,
    noAttributes: 'This feature has no attributes.',
    zoomTo: 'Zoom to this feature',
    nearby: 'Report projects nearby',
  },
);
