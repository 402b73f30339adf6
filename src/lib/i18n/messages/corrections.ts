import { defineMessages } from '../define';

/** The record of corrections in a place's details (correction mode's own texts: ./corrections-mode.ts). */
export const corrections = defineMessages(
  {
    correctedHeading: '位置修正',
    /** One line of a place's correction record. */
    correctedFrom: (source: string, date: string) => `位置据${source}修正（${date}）`,
  },
  {
    correctedHeading: 'Corrections',
    correctedFrom: (source: string, date: string) => `Position corrected from ${source} (${date})`,
  },
);
