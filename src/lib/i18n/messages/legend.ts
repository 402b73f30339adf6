import { defineMessages } from '../define';

/** The legend over the map: the report's groups and statuses, what a dashed outline and a numbered disc mean. */
export const legend = defineMessages(
  {
    title: '图例',
    toggleHint: '点击显示或隐藏',
    precision: '虚线范围/光圈：位置示意',
    counted: '数字圆点：此处有几个项目，点击放大分开',
  },
  {
    title: 'Legend',
    toggleHint: 'Click to show or hide',
    precision: 'Dashed outline or halo: approximate location',
    counted: 'Numbered disc: several projects here; click to zoom in',
  },
);
