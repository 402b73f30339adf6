import { defineMessages } from '../define';

/** A place's details card: its names, the report's sentences, its figures, and how well it is located. */
export const details = defineMessages(
  {
    close: '关闭详情',
    also: '又称',
    nearby: '附近的项目',
    showInReport: '在报告中查看',
    reportSays: '报告原文',
    otherSentences: (name: string) => `其他提到${name}的句子`,
    figures: '相关数字',
    target2024: '2024年目标',
    locationAndSource: '位置与来源',
    precision: '精度',
    outside: '位于武进区以外',
    unlocated: '报告未给出可定位的地点，未在地图上绘制',
    geometrySource: '几何来源',
  },
  {
    close: 'Close details',
    also: 'Also',
    nearby: 'Projects nearby',
    showInReport: 'Show in report',
    reportSays: 'What the report says',
    otherSentences: (name: string) => `Other sentences naming ${name}`,
    figures: 'Figures',
    target2024: '2024 target',
    locationAndSource: 'Location and source',
    precision: 'Precision',
    outside: 'Outside Wujin District',
    unlocated: 'Not drawn: the report gives no place that can be located',
    geometrySource: 'Geometry source',
  },
);
