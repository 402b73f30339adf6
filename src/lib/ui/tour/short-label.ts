/**
 * A figure's label without its parenthesised notes ("签约百亿项目(理想汽车三基地…)" → "签约百亿项目"):
 * the notes are for the reader panel, the big screen shows the name of the figure.
 */
export function shortLabel(label: string): string {
  const short = label
    .replace(/\s*[(（][^()（）]*[)）]/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return short || label;
}
