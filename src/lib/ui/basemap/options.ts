/** The basemaps the chooser offers, with their labels and what each one means for the user. */
import type { Bilingual } from '../../i18n/lang';
import type { BasemapKind } from '../../map/style/online';

export interface BasemapOption {
  kind: BasemapKind;
  label: Bilingual;
  note: Bilingual;
}

// Amap/Gaode, Tencent and Baidu tiles are not offered: they are GCJ-02/BD-09 and would put every
// WGS84 place about 500 m off near Changzhou (see src/lib/map/style/online.ts).
export const BASEMAP_OPTIONS: readonly BasemapOption[] = [
  {
    kind: 'embedded',
    label: { zh: '内置底图', en: 'Embedded' },
    note: { zh: '离线可用，不联网', en: 'Works offline, no network' },
  },
  {
    kind: 'osm',
    label: { zh: 'OpenStreetMap', en: 'OpenStreetMap' },
    note: { zh: '在线图块，需联网', en: 'Online tiles, needs a network' },
  },
  {
    kind: 'tianditu',
    label: { zh: '天地图', en: 'Tianditu' },
    note: { zh: '在线图块，需联网和天地图密钥', en: 'Online tiles, needs a network and a Tianditu key' },
  },
];
