/** The planner's layers' sources are named `user:<layer id>` (see user-layers-style.ts). */
export const USER_SOURCE_PREFIX = 'user:';
