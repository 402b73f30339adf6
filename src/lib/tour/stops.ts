/**
 * The guided tour as data: the script's stops joined with the catalogue. Each stop knows the
 * places its report section mentions (to mark on the map), the figures to show big, where the
 * camera goes and which layers and year it shows. Built once from the validated catalogue.
 */
import type { Catalog } from '../catalog/catalog';
import { GROUP_IDS, LAYER_GROUPS } from '../catalog/groups';
import type { GroupId, Metric, PlaceFeature } from '../catalog/types';
import type { BBox } from '../geo/bounds';
import type { Bilingual } from '../i18n/lang';
import { normaliseText, type Part, type SectionId } from '../report/parse';
import { groupIndex } from '../state/filters';
import type { FilterYear } from '../state/url';
import { stopCamera } from './camera';
import type { StopKind, StopScript } from '../catalog/rules/tour';

export interface TourQuote extends Bilingual {
  /** The paragraph the words are from, e.g. `review-4.p1`. */
  paragraph: string;
}

export interface TourStop {
  id: string;
  kind: StopKind;
  section: SectionId | null;
  /** review (2023) or plan (2024); null for the title and end slides. */
  part: Part | null;
  /** A line above the title saying where in the report the stop is. */
  eyebrow: Bilingual;
  title: Bilingual;
  text: Bilingual;
  quote: TourQuote | null;
  /** Every place the section's paragraphs mention, in catalogue order; marked on the map. */
  places: readonly string[];
  /** The figures to show big, in the script's order. */
  metrics: readonly Metric[];
  /** The box the camera shows [west, south, east, north]. */
  camera: BBox;
  /** Layer groups shown: those of the stop's places, or all default groups. */
  groups: readonly GroupId[];
  /** Only places the report mentions for this year: 2023 for the review, 2024 for the plan. */
  year: FilterYear | null;
}

const DEFAULT_GROUPS: readonly GroupId[] = LAYER_GROUPS.filter((g) => g.defaultVisible).map((g) => g.id);

const EYEBROW: Record<Part | 'title' | 'end', Bilingual> = {
  title: { zh: '地图导览', en: 'A guided tour' },
  review: { zh: '2023年工作回顾', en: 'Review of 2023' },
  plan: { zh: '2024年工作安排', en: 'Plans for 2024' },
  end: { zh: '武进区2024年政府工作报告地图', en: 'Wujin 2024 Government Work Report Atlas' },
};

/** The places a section's paragraphs mention, in catalogue order. */
function sectionPlaces(catalog: Catalog, section: SectionId): PlaceFeature[] {
  return catalog.places.filter((p) =>
    p.properties.report.some((r) => catalog.report.paragraphs.get(r.paragraph)?.section === section),
  );
}

/** The paragraph of the section that holds the quote: the data gate (rules/tour.ts) checked it is there. */
function findQuote(catalog: Catalog, section: SectionId, quote: Bilingual): TourQuote {
  const words = normaliseText(quote.zh);
  const paragraph = catalog.report.sections
    .find((s) => s.id === section)
    ?.paragraphs.find((p) => p.text.includes(words));
  if (!paragraph) throw new Error(`tour quote not in section ${section}: ${quote.zh}`);
  return { paragraph: paragraph.id, zh: words, en: quote.en };
}

function buildStop(catalog: Catalog, script: StopScript, metricById: ReadonlyMap<string, Metric>): TourStop {
  const section = script.section ?? null;
  const places = section ? sectionPlaces(catalog, section) : [];
  const part = section ? (catalog.report.sections.find((s) => s.id === section)?.part ?? null) : null;
  // A themed stop shows the groups of its places on the map (not those beyond it), so its theme
  // stands out; a district-wide stop shows every default group.
  const groupOf = groupIndex(catalog.groups);
  const shownGroups = new Set(
    script.district
      ? []
      : places
          .filter((p) => p.geometry !== null && !p.properties.outside)
          .flatMap((p) => groupOf.get(p.properties.id) ?? []),
  );
  return {
    id: script.id,
    kind: script.kind,
    section,
    part,
    eyebrow: EYEBROW[part ?? (script.kind === 'end' ? 'end' : 'title')],
    title: script.title,
    text: script.text,
    quote: section && script.quote ? findQuote(catalog, section, script.quote) : null,
    places: places.map((p) => p.properties.id),
    // The data gate checked every id is a figure of the catalogue.
    metrics: script.metrics.flatMap((id) => metricById.get(id) ?? []),
    camera: stopCamera(places, script.district ?? false),
    groups: shownGroups.size > 0 ? GROUP_IDS.filter((g) => shownGroups.has(g)) : DEFAULT_GROUPS,
    year: part === 'review' ? 2023 : part === 'plan' ? 2024 : null,
  };
}

/** The tour's stops, in order: title, the 2023 review, the 2024 targets, the five plan areas, end. */
export function buildTour(catalog: Catalog, script: readonly StopScript[] = catalog.tour): TourStop[] {
  const metricById = new Map(catalog.metrics.map((m) => [m.id, m]));
  return script.map((stop) => buildStop(catalog, stop, metricById));
}

/** The stop after `id` (or the last), and before it (or the first). */
export function nextStopId(stops: readonly TourStop[], id: string, wrap = false): string {
  const i = stops.findIndex((s) => s.id === id);
  if (i < 0) return stops[0].id;
  if (i === stops.length - 1) return wrap ? stops[0].id : stops[i].id;
  return stops[i + 1].id;
}

export function previousStopId(stops: readonly TourStop[], id: string): string {
  const i = stops.findIndex((s) => s.id === id);
  return stops[Math.max(0, i - 1)].id;
}
