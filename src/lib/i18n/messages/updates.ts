import { defineMessages } from '../define';

/** What public pages say happened to a place after the report (后续进展), in its details. */
export const updates = defineMessages(
  {
    heading: '后续进展',
    /** Says plainly that this is not the report speaking. */
    note: '报告发布后的公开信息，不代替报告原文',
    source: '来源',
  },
  {
    heading: 'Since the report',
    note: 'Public information from after the report; it does not replace what the report said',
    source: 'Source',
  },
);
