import { defineMessages } from '../define';

/** The basemap chooser and the streets switch (图层筛选 → 底图与导出). */
export const basemap = defineMessages(
  {
    chooserLabel: '底图',
    changeKey: '更换密钥',
    streetsLabel: '街道、铁路与水系',
    streetsNote: '离线街道数据，© OpenStreetMap 贡献者',
    /** In exported images, beside the other sources. */
    streetsAttribution: '街道、铁路、水系与镇界 © OpenStreetMap contributors',
    /** The online basemaps links may switch on without asking, agreed to on this device. */
    agreed: (names: string) => `本机已同意链接直接使用在线底图：${names}。`,
    withdraw: '撤回同意',
    listSeparator: '、',
  },
  {
    chooserLabel: 'Basemap',
    changeKey: 'Change key',
    streetsLabel: 'Streets, rail and water',
    streetsNote: 'Offline street data, © OpenStreetMap contributors',
    streetsAttribution: 'Streets, rail, water and town boundaries © OpenStreetMap contributors',
    agreed: (names) => `On this device, links may switch on ${names} without asking.`,
    withdraw: 'Withdraw',
    listSeparator: ', ',
  },
);
