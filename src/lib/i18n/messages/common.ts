import { defineMessages } from '../define';

/** Words used across the page: the atlas's name, buttons every card has. */
export const common = defineMessages(
  {
    appTitle: '武进区 2024 政府工作报告地图',
    appTitlePlace: '武进区 2024',
    appTitleWhat: '政府工作报告地图',
    appSubtitle: '报告中的地点、项目与数据，每一处都可追溯到原文',
    switchLang: 'EN · Switch to English',
    switchLangShort: 'EN',
    close: '关闭',
    retry: '重试',
  },
  {
    appTitle: 'Wujin Report Atlas 2024',
    appTitlePlace: 'Wujin 2024',
    appTitleWhat: 'Government Work Report Atlas',
    appSubtitle: "The report's places, projects and figures, each traced to its sentence",
    switchLang: '中文 · 切换到中文',
    switchLangShort: '中文',
    close: 'Close',
    retry: 'Try again',
  },
);
