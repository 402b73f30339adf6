import { defineMessages } from '../define';

/**
 * The hint over the map while files are dragged in. Loaded with the hint (the first drag), not
 * with the page.
 */
export const dropHintMessages = defineMessages(
  {
    dropHint: '松开鼠标，在地图上显示这些文件',
    dropLocal: '文件只在本机读取，不会上传',
  },
  {
    dropHint: 'Drop the files to show them on the map',
    dropLocal: 'The file is read on this computer only, never uploaded',
  },
);
