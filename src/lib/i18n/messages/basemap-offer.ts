import { defineMessages } from '../define';

/**
 * A link named an online basemap: the visitor is asked before any tile is fetched. Loaded with the
 * offer itself, which only a link naming an online basemap brings.
 */
export const basemapOffer = defineMessages(
  {
    region: '在线底图',
    offer: (name: string, host: string) =>
      `此链接要使用在线底图“${name}”，其图块将从互联网（${host}）加载。是否使用？`,
    accept: '使用在线底图',
    decline: '保持离线',
  },
  {
    region: 'Online basemap',
    offer: (name: string, host: string) =>
      `This link asks for the online basemap “${name}”, whose tiles load from the internet (${host}). Use it?`,
    accept: 'Use the online basemap',
    decline: 'Stay offline',
  },
);
