import { defineMessages } from '../define';

/**
 * The kiosk's own controls, shown on top of the presentation whenever kiosk mode is on. They load
 * with the presentation, not with the page.
 */
export const kiosk = defineMessages(
  {
    region: '展台模式',
    leave: '退出展台模式',
    fullscreen: '全屏',
    exitFullscreen: '退出全屏',
  },
  {
    region: 'Kiosk mode',
    leave: 'Leave kiosk mode',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
  },
);
