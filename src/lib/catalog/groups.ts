/**
 * The layer catalogue. One definition per group drives the map layers, the legend, the layer
 * control, the filters and the `layers=` URL parameter alike; adding a group here is all it takes.
 */
import type { GroupId } from './types.ts';
import type { PaletteToken } from '../map/style/palette.ts';

export interface LayerGroup {
  id: GroupId;
  name_zh: string;
  name_en: string;
  /** Palette token of the group's colour. */
  color: PaletteToken;
  /** Shown when the atlas opens without a `layers=` parameter. */
  defaultVisible: boolean;
}

export const LAYER_GROUPS: readonly LayerGroup[] = [
  { id: 'water', name_zh: '水与生态', name_en: 'Water & ecology', color: 'groupWater', defaultVisible: true },
  { id: 'industry', name_zh: '产业园区', name_en: 'Industry', color: 'groupIndustry', defaultVisible: true },
  { id: 'transport', name_zh: '交通', name_en: 'Transport', color: 'groupTransport', defaultVisible: true },
  {
    id: 'innovation',
    name_zh: '科教',
    name_en: 'Innovation & education',
    color: 'groupInnovation',
    defaultVisible: true,
  },
  {
    id: 'livelihood',
    name_zh: '民生',
    name_en: 'Health, culture & livelihood',
    color: 'groupLivelihood',
    defaultVisible: true,
  },
  { id: 'urban', name_zh: '城乡', name_en: 'Urban & rural', color: 'groupUrban', defaultVisible: true },
];

export const GROUP_IDS: readonly GroupId[] = LAYER_GROUPS.map((g) => g.id);

export function isGroupId(value: string): value is GroupId {
  return (GROUP_IDS as readonly string[]).includes(value);
}

export function groupById(id: GroupId): LayerGroup {
  const group = LAYER_GROUPS.find((g) => g.id === id);
  if (!group) throw new Error(`Unknown layer group ${id}`);
  return group;
}
