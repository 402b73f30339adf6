import { defineMessages } from '../define';

/** The notice that a newer version of the atlas is ready. */
export const offline = defineMessages(
  {
    updateReady: '地图有新版本。',
    updateApply: '重新载入',
    updateLater: '稍后',
  },
  {
    updateReady: 'A new version of the atlas is ready.',
    updateApply: 'Reload',
    updateLater: 'Later',
  },
);
