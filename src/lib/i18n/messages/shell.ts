import { defineMessages } from '../define';

/** The page's frame: the map area and the card beside it. */
export const shell = defineMessages(
  {
    mapLabel: '武进区地图',
    painting: '正在绘制地图…',
    placeDetails: '地点详情',
    userFeatureDetails: '我的数据：要素属性',
    present: '演示：逐页导览报告（键盘或翻页笔操作）',
    presentShort: '演示',
  },
  {
    mapLabel: 'Map of Wujin District',
    painting: 'Drawing the map…',
    placeDetails: 'Place details',
    userFeatureDetails: 'My data: feature attributes',
    present: 'Present: a guided tour of the report, page by page',
    presentShort: 'Present',
  },
);
