/** The name an exported image is saved under: which atlas, which report year, which day. */

/** The calendar date as YYYY-MM-DD in the browser's own time zone (the day the user sees). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `wujin-atlas-2024-<YYYY-MM-DD>.png`: 2024 is the report's year, the date the export's. */
export function exportFileName(date: Date): string {
  return `wujin-atlas-2024-${localIsoDate(date)}.png`;
}
