import { defineMessages } from '../define';

const n = (value: number): string => value.toLocaleString('en-US');

/**
 * The planner's layers in the legend and their attribute tables. Loaded with the legend's layer
 * section (the first file loaded), not with the page.
 */
export const layersMessages = defineMessages(
  {
    heading: '我的图层',
    show: (name: string) => `显示“${name}”`,
    settings: (name: string) => `“${name}”的设置`,
    colour: '颜色',
    colourName: (index: number) => `颜色 ${n(index)}`,
    labelField: '标注字段',
    labelAuto: '自动（名称）',
    categoryField: '按属性着色',
    categoryNone: '不按属性（单一颜色）',
    categoryEmpty: '（空）',
    categoryOther: (count: number) => `其他值 ${n(count)}`,
    unlabelled: (max: number) => `要素超过 ${n(max)} 个，地图上不标注名称（属性表和详情中仍有）。`,
    keep: '在本机保留，下次自动显示',
    remove: '移除',
    table: '属性表',
    tableOf: (name: string) => `“${name}”的属性表`,
    tableFilter: '筛选',
    tableFilterHint: '在名称和属性中查找',
    tableRows: (shown: number, total: number) =>
      shown === total ? `共 ${n(total)} 个要素` : `${n(shown)} / ${n(total)} 个要素`,
    tableName: '名称',
    tableSortBy: (column: string) => `按“${column}”排序`,
    tableClose: '关闭属性表',
    tableZoom: (name: string) => `缩放至“${name}”并查看属性`,
    noName: '（无名称）',
    tableNone: '没有要素含有这段文字。',
    tableLayer: '图层',
    tableOpen: (name: string) => `打开“${name}”的属性表`,
    tableHelp: '方向键移动，回车缩放至该要素并查看属性，点击列标题排序。',
  },
  {
    heading: 'My layers',
    show: (name) => `Show “${name}”`,
    settings: (name) => `Settings of “${name}”`,
    colour: 'Colour',
    colourName: (index) => `Colour ${n(index)}`,
    labelField: 'Label by',
    labelAuto: 'Automatic (name)',
    categoryField: 'Colour by attribute',
    categoryNone: 'None (one colour)',
    categoryEmpty: '(empty)',
    categoryOther: (count) => `Other values ${n(count)}`,
    unlabelled: (max) =>
      `More than ${n(max)} features: no names on the map (they are in the table and the details).`,
    keep: 'Keep on this device, show next time',
    remove: 'Remove',
    table: 'Attribute table',
    tableOf: (name) => `Attribute table of “${name}”`,
    tableFilter: 'Filter',
    tableFilterHint: 'Find in names and attributes',
    tableRows: (shown, total) =>
      shown === total ? `${n(total)} features` : `${n(shown)} of ${n(total)} features`,
    tableName: 'Name',
    tableSortBy: (column) => `Sort by “${column}”`,
    tableClose: 'Close the attribute table',
    tableZoom: (name) => `Zoom to “${name}” and show its attributes`,
    noName: '(no name)',
    tableNone: 'No feature holds this text.',
    tableLayer: 'Layer',
    tableOpen: (name) => `Open the attribute table of “${name}”`,
    tableHelp:
      'Arrow keys move, Enter zooms to the feature and shows its attributes, a column’s header sorts by it.',
  },
);
