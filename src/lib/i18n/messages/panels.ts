import { defineMessages } from '../define';

/**
 * The side panel (a bottom sheet on phones) and the panels loaded into it on first opening;
 * also the page shown instead of the map where there is no WebGL.
 */
export const panels = defineMessages(
  {
    region: '信息面板',
    // Drawn with the tabs at first load, before the overview's own code and messages arrive.
    overviewIntro: '报告中的主要数字，每一个都可追溯到原文。点“原文”看句子，点地名在地图上标出。',
    tabs: '面板',
    loading: '正在载入…',
    expand: '展开面板',
    enlarge: '面板全屏',
    collapse: '收起面板',
    failed: '此面板未能载入（网络中断或网站已更新）。',
    retry: '重试',
    reportLoading: '正在载入报告原文…',
    nearFailed: '“附近”未能载入，请检查网络后重新打开此面板。',
    noMapTitle: '地图无法显示',
    noMapText:
      '此浏览器或设备不支持 WebGL，因此无法绘制地图。报告中的全部地点仍可在下方列表中查看，点击即可查看详情。',
    noMapDownloadText:
      '地图程序未能下载（网络中断或网站已更新），因此暂时无法绘制地图。报告中的全部地点仍可在下方列表中查看；联网后重新载入页面即可显示地图。',
    noMapListFailed: '地点列表未能载入，请重新载入页面。',
  },
  {
    overviewIntro:
      "The report's main figures, each traced to its sentence. Press Source to read the sentence, or a place name to mark it on the map.",
    region: 'Panels',
    tabs: 'Panels',
    loading: 'Loading…',
    expand: 'Expand the panel',
    enlarge: 'Enlarge the panel',
    collapse: 'Collapse the panel',
    failed: 'This panel could not be loaded (the connection dropped or the site was updated).',
    retry: 'Try again',
    reportLoading: 'Loading the report…',
    nearFailed: 'Near me could not be loaded; check the connection and open this panel again.',
    noMapTitle: 'The map cannot be shown',
    noMapText:
      'This browser or device does not support WebGL, so the map cannot be drawn. Every place in the report is still listed below; choose one to see its details.',
    noMapDownloadText:
      'The map could not be downloaded (the connection dropped or the site was updated), so it cannot be drawn for now. Every place in the report is still listed below; reload the page once online to see the map.',
    noMapListFailed: 'The list of places could not be loaded; reload the page.',
  },
);
