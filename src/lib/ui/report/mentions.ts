/**
 * Sentences tied to other places that also name this one: the report's promises for 滆湖 are
 * spread over 滆湖生态清淤及修复, 滆湖近岸带生态修复, 环滆湖生态湿地链 …, each mapped on its own.
 *
 * Only the place's Chinese name is looked for (aliases such as 西太湖 also name districts and
 * parks). An occurrence that is the tail of another place's longer name is not a mention:
 * Chinese puts the head last, so 西太湖 is another lake than 太湖, while 太湖湾 and 环太湖 are
 * about 太湖.
 */
import type { PlaceFeature } from '../../catalog/types';

export interface Mention {
  /** The place the sentence is tied to in the catalogue. */
  placeId: string;
  paragraph: string;
  quote: string;
}

function allNames(places: readonly PlaceFeature[]): string[] {
  return [...new Set(places.flatMap((p) => [p.properties.name_zh, ...p.properties.aliases]))];
}

/** True when `name` occurs in `text` other than as the tail of a longer name in `longer`. */
export function namesIn(text: string, name: string, longer: readonly string[]): boolean {
  const tails = longer.filter((m) => m.length > name.length && m.endsWith(name));
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!tails.some((m) => end - m.length >= 0 && text.startsWith(m, end - m.length))) return true;
  }
  return false;
}

/**
 * Other places' sentences that name `place`, in report order (`paragraphOrder`, ids of the report's
 * paragraphs in reading order), leaving out sentences the place is itself tied to.
 */
export function relatedMentions(
  place: PlaceFeature,
  places: readonly PlaceFeature[],
  paragraphOrder: readonly string[],
): Mention[] {
  const name = place.properties.name_zh;
  if ([...name].length < 2) return [];
  const own = new Set(place.properties.report.map((r) => `${r.paragraph}\u0000${r.quote}`));
  const names = allNames(places);
  const rank = new Map(paragraphOrder.map((id, i) => [id, i]));
  const out: Mention[] = [];
  for (const other of places) {
    if (other.properties.id === place.properties.id) continue;
    for (const ref of other.properties.report) {
      if (own.has(`${ref.paragraph}\u0000${ref.quote}`)) continue;
      if (namesIn(ref.quote, name, names))
        out.push({ placeId: other.properties.id, paragraph: ref.paragraph, quote: ref.quote });
    }
  }
  return out
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (rank.get(a.m.paragraph) ?? 1e9) - (rank.get(b.m.paragraph) ?? 1e9) || a.i - b.i)
    .map(({ m }) => m);
}
