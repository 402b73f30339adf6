/** The ids of the tour's first and last stops, for code that must not load the whole script to name them. */
export const TITLE_STOP_ID = 'title';
export const END_STOP_ID = 'end';
