/** What the map adapter (adapter.ts) is created with: where it draws, what, and whom it tells. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GroupId } from '../catalog/types';
import type { Camera } from '../state/url';
import type { BasemapSourceId } from './style/basemap';
import type { SpreadCache } from './style/spread-cache';
import type { LakeShapes } from '../geo/lake-shapes';
import type { OnlineBasemapKind } from './style/online';
import type { Lang } from './style/text';
import type { UserFeatureRef } from './user-feature-ref';

export interface AtlasMapOptions {
  container: HTMLElement;
  camera: Camera;
  /** Frame the whole district instead of `camera` (no camera in the link): right on any screen size. */
  fitDistrict: boolean;
  lang: Lang;
  visibleGroups: readonly GroupId[];
  /** Ids of places that pass the filters, or null for all. */
  visibleIds: ReadonlySet<string> | null;
  basemapUrls: Record<BasemapSourceId, string>;
  /** Located places per group, with flat properties (see toMapFeatures). */
  places: Record<GroupId, FeatureCollection>;
  /** Scale for symbols and labels (large screens). */
  textScale: number;
  /** The markers' spread the build worked out for `places` (used only if it matches them). */
  spreadCache?: SpreadCache;
  /** The lakes' simplified outlines the build worked out; without them no lake is named and the off-map pin avoids only markers. */
  lakes?: LakeShapes;
  /** The streets archive to draw (an absolute address), or null for none. */
  streets?: string | null;
  onSelect: (id: string | null) => void;
  /** A click on one of the planner's own features (its layer and its index in their file), or on none. */
  onUserFeature?: (ref: UserFeatureRef | null) => void;
  /** A click while picking (see setPicking): the point, instead of a selection. */
  onPick?: (lon: number, lat: number) => void;
  /** The geometry being corrected (see setEditing) was moved, reshaped or drawn. */
  onEdit?: (geometry: Geometry) => void;
  onHover: (id: string | null) => void;
  onMove: (camera: Camera) => void;
  /** The first frame is painted: `complete` unless the sources took longer than FIRST_PAINT_MAX_HOLD_MS. */
  onFirstPaint?: (complete: boolean) => void;
  /** First idle with every default layer drawn. */
  onFirstIdle: () => void;
  onError: (message: string) => void;
  /**
   * An online basemap failed (tile errors, or no tile within FIRST_TILE_TIMEOUT_MS). The map has
   * already gone back to the embedded basemap; the state should follow.
   */
  onBasemapFailed?: (kind: OnlineBasemapKind) => void;
}
