import { defineMessages } from '../define';

/** Words used across the page: the atlas's name, buttons every card has. */
export const common = defineMessages(
  {
    appTitle: '武进区 2024 政府工作报告地图',
    close: '关闭',
    retry: '重试',
  },
  {
    appTitle: 'Wujin Report Atlas 2024',
    close: 'Close',
    retry: 'Try again',
  },
);
