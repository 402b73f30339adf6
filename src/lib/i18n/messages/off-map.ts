import { defineMessages } from '../define';

/**
 * A place outside the drawn map, pinned at its edge toward where it lies (its code loads after
 * the map, and imports this area directly).
 */
export const offMap = defineMessages(
  {
    /** The pin's name on the map: the place, and how far beyond the pin it lies. */
    label: (name: string, km: number) => `${name}\n在地图范围外，约 ${km} 公里`,
  },
  {
    label: (name: string, km: number) => `${name}\nbeyond the map, about ${km} km`,
  },
);
