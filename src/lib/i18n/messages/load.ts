import { defineMessages } from '../define';

/** Before the page knows its language it shows both: the catalogue is loading, or did not arrive. */
export const load = defineMessages(
  {
    loading: '正在载入武进区报告地图…',
    failedTitle: '地图数据未能载入',
    network: '无法连接到地图所在的服务器。请检查网络后重新载入页面。',
    http: '服务器没有给出地图数据。请稍后重新载入页面；如果一直如此，请告知地图的维护者。',
    damaged: '收到的地图数据不完整或已损坏。请重新载入页面。',
    nothingDrawn: '为免误导，地图没有显示任何不完整的数据。',
    reload: '重新载入',
  },
  {
    loading: 'Loading the Wujin atlas…',
    failedTitle: 'The atlas data could not be loaded',
    network:
      'The server the atlas comes from could not be reached. Check the connection and reload the page.',
    http: 'The server did not send the atlas data. Reload the page later; if it keeps happening, tell whoever runs the atlas.',
    damaged: 'The atlas data arrived incomplete or damaged. Reload the page.',
    nothingDrawn: 'Nothing was drawn, so that no half-loaded data can mislead.',
    reload: 'Reload',
  },
);
