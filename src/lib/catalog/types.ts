/**
 * The atlas's data model. Everything under geo/layers and data/ is validated against these
 * shapes once (src/lib/catalog/validate.ts); the rest of the code trusts them.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Layer groups, one GeoJSON file each under geo/layers/<group>.geojson. */
export type GroupId = 'water' | 'industry' | 'transport' | 'innovation' | 'livelihood' | 'urban';

export type Status =
  | 'completed' // finished or opened in 2023 (建成, 投用, 开通, 启用, 完工)
  | 'under_construction' // started, topped out, advancing (开工, 主体封顶, 稳步推进, 加快建设)
  | 'planned' // to be done or started in 2024 or later (建成…(2024), 前期工作, 规划)
  | 'ongoing' // continuing programme or existing place the report refers to (太湖, 滆湖)
  | 'signed' // an agreement signed, nothing built yet (签约)
  | 'recognised'; // an award or designation (获评, 创成, 入选)

export type Precision = 'surveyed' | 'approximate' | 'area' | 'schematic';

/** Where the report mentions a place: a paragraph id from src/lib/report/parse.ts and the exact words. */
export interface ReportRef {
  /** Paragraph id, e.g. `review-1.p1`, `plan-4.p1`. */
  paragraph: string;
  /** Verbatim from the report after whitespace normalisation (normaliseText). */
  quote: string;
}

/**
 * A dated public fact from after the report (a line opened, a school took its first pupils): shown as
 * 后续进展 beside what the report said, never in its place.
 */
export interface PlaceUpdate {
  /** ISO date of the fact, YYYY-MM-DD, on or after the report. */
  date: string;
  /** The stage the fact records, in the catalogue's status vocabulary. */
  status: Status;
  note_zh: string;
  note_en: string;
  /** The public page that states the fact. */
  source_url: string;
}

export interface PlaceProperties {
  /** Stable slug, unique over the whole catalogue, e.g. `gehu`, `metro-5-pilot`, `wujin-station`. */
  id: string;
  name_zh: string;
  name_en: string;
  /** Other names, e.g. 西太湖 for 滆湖; abbreviations used in the report (江理工). */
  aliases: string[];
  /** Finer kind inside the group, e.g. `lake`, `park`, `station`, `metro`, `hospital`, `school`. */
  category: string;
  status: Status;
  /** Year the status refers to (2023 for what the review reports, 2024 for the plan). */
  status_year: number;
  /** One-line English gloss of what the report says, for English readers. */
  summary_en: string;
  report: ReportRef[];
  precision: Precision;
  /** Radius in metres within which the true position lies (0 for surveyed outlines drawn from source data). */
  precision_m: number;
  /** How the geometry was obtained: data set, or the facts it was placed from. */
  source: string;
  /** The same note in Chinese, for the Chinese interface. */
  source_zh: string;
  /** Town or 街道 id (geo/basemap/towns.geojson) the place lies in, when known. */
  town?: string;
  /**
   * The catalogue's zone (the id of an area place such as `wujin-hitech-zone`) when that zone is all
   * that is known of the place's position: the map then draws the place as a member of the zone, not
   * as a point of its own.
   */
  zone?: string;
  /**
   * True when the report names a place that lies outside the map's region (e.g. 武进(上海)国际创新中心);
   * such a feature has `geometry: null` or a point at its real location outside the region.
   */
  outside?: boolean;
  /** True when the place cannot be located honestly: listed, never drawn. geometry is null. */
  unlocated?: boolean;
  /** Each time the position was corrected (`npm run geo:apply`), oldest first. */
  corrections?: PlaceCorrection[];
  /** What public sources say happened since the report, oldest first; absent when nothing is known. */
  updates?: PlaceUpdate[];
}

/** A correction of a place's position: where the new one comes from and how well it was known before. */
export interface PlaceCorrection {
  /** `YYYY-MM-DD`. */
  date: string;
  source_zh: string;
  source_en: string;
  /** The precision class before the correction, or `unlocated` when the place had no position. */
  from_precision: Precision | 'unlocated';
}

export type PlaceFeature = Feature<Geometry | null, PlaceProperties>;
export type PlaceCollection = FeatureCollection<Geometry | null, PlaceProperties>;

export type Qualifier = 'exact' | 'approx' | 'over' | 'at_least' | 'about' | 'nearly' | 'more_than_gdp';

export interface Metric {
  /** Stable slug, e.g. `gdp-2023`, `gdp-growth-2024-target`. */
  id: string;
  /** Paragraph id. */
  section: string;
  label_zh: string;
  label_en: string;
  /** Value exactly as written (3240 for 3240亿元; 6 for 6%). null only for a qualitative target. */
  value: number | null;
  /** Unit exactly as written: 亿元, %, 万人, 个, 家, 万亩, 万立方米, 公里 … */
  unit: string;
  /** 约/左右 → about or approx, 超/突破 → over, 以上 → at_least, 近 → nearly. */
  qualifier: Qualifier;
  year: 2023 | 2024;
  kind: 'achieved' | 'target' | 'rank';
  /** Normalised value (亿元 → 元, 万人 → 人, % stays %). */
  base_value: number | null;
  base_unit: string;
  /** Verbatim from the report (whitespace-normalised). */
  quote: string;
  /** Feature ids the figure is tied to. */
  places: string[];
  /** Shared by a 2023 result and the 2024 target of the same indicator, e.g. `high-tech-firms`. */
  indicator?: string;
  /** Report theme for grouping: the section id's theme (industry, innovation, reform, ecology, urban, livelihood, economy). */
  theme: MetricTheme;
}

export type MetricTheme =
  'economy' | 'industry' | 'innovation' | 'reform' | 'ecology' | 'urban' | 'livelihood';
