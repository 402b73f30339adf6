import { defineMessages } from '../define';

/**
 * Zones and the places known only to them: the count on a zone's outline, its list of projects,
 * and distances stated no finer than a place is known.
 */
export const zones = defineMessages(
  {
    /** The label on a zone's outline: its name, and below it how many of the report's projects it holds. */
    mapLabel: (name: string, count: number) => `${name}\n${count} 个项目`,
    membersHeading: (count: number) => `区内项目（${count}）`,
    membersNote: '以下项目只知位于本区内，地图上不单独标点，计入本区。',
    memberOf: (zone: string) => `位于${zone}内，具体位置未公开；地图上计入该区。`,
    showZone: '查看所在区域',
    /** A distance rounded to what is known of a place's position. */
    about: (distance: string) => `约 ${distance}`,
    within: (distance: string) => `约 ${distance} 以内`,
    /** The place is known only to a zone, and the starting point lies in that zone too. */
    insideZone: (zone: string) => `同在${zone}内`,
  },
  {
    mapLabel: (name: string, count: number) => `${name}\n${count} ${count === 1 ? 'project' : 'projects'}`,
    membersHeading: (count: number) => `Projects in this zone (${count})`,
    membersNote:
      'These projects are known only to lie in this zone: the map counts them here instead of marking each.',
    memberOf: (zone: string) =>
      `In ${zone}; the exact site is not public, so the map counts it with the zone.`,
    showZone: 'Show the zone',
    about: (distance: string) => `about ${distance}`,
    within: (distance: string) => `within about ${distance}`,
    insideZone: (zone: string) => `both in ${zone}`,
  },
);
