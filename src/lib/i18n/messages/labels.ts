import { defineMessages } from '../define';

/**
 * Words about a place shared by every panel: how precise its position is, which part of the
 * report names it, and how names are run together in a list.
 */
export const labels = defineMessages(
  {
    radius: (distance: string) => `误差约 ±${distance}`,
    partReview: '2023年工作回顾',
    partPlan: '2024年工作安排',
    listSeparator: '、',
  },
  {
    radius: (distance: string) => `±${distance}`,
    partReview: '2023 review',
    partPlan: '2024 plan',
    listSeparator: ', ',
  },
);
