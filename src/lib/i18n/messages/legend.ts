import { defineMessages } from '../define';

/** The legend over the map: the report's groups and statuses, and what a dashed outline means. */
export const legend = defineMessages(
  {
    title: '图例',
    toggleHint: '点击显示或隐藏',
    precision: '虚线范围/光圈：位置示意',
  },
  {
    title: 'Legend',
    toggleHint: 'Click to show or hide',
    precision: 'Dashed outline or halo: approximate location',
  },
);
