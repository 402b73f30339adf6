/**
 * Editing one place's geometry on the map, for correction mode: a point is dragged, a line or an
 * area has its vertices dragged, inserted (the midpoints) or deleted, and a place with no position
 * yet is drawn with clicks. Built on terra-draw and its MapLibre adapter, and loaded only when a
 * correction starts. A multi-part geometry is edited part by part and put back together.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type HexColor,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { palette } from '../style/palette';

/** The kind of geometry being edited. */
export type EditKind = 'point' | 'line' | 'polygon';

/** terra-draw's mode that draws each kind. */
const DRAW_MODE: Record<EditKind, string> = { point: 'point', line: 'linestring', polygon: 'polygon' };

const hex = (token: keyof typeof palette) => palette[token] as HexColor;

/** Vertices and the dragged feature: how far (CSS px) from a pointer a handle is still grabbed. */
const POINTER_DISTANCE_PX = 24;

export class GeometryEditor {
  readonly #draw: TerraDraw;
  readonly #onChange: (geometry: Geometry) => void;
  #kind: EditKind = 'point';

  /** `onChange` is told the whole geometry after each finished drag, insertion, deletion or drawing. */
  constructor(map: MapLibreMap, onChange: (geometry: Geometry) => void) {
    this.#onChange = onChange;
    const editable = {
      feature: {
        draggable: true,
        coordinates: { draggable: true, midpoints: true, deletable: true },
      },
    };
    this.#draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'atlas-edit' }),
      modes: [
        new TerraDrawSelectMode({
          pointerDistance: POINTER_DISTANCE_PX,
          // The feature being corrected stays selected: a click beside it must not drop its handles.
          allowManualDeselection: false,
          flags: {
            point: { feature: { draggable: true } },
            linestring: editable,
            polygon: editable,
          },
          styles: {
            selectedPointColor: hex('selection'),
            selectedPointWidth: 9,
            selectedPointOutlineColor: hex('selectionOutline'),
            selectedPointOutlineWidth: 2,
            selectedLineStringColor: hex('selectionOutline'),
            selectedLineStringWidth: 4,
            selectedPolygonColor: hex('selection'),
            selectedPolygonFillOpacity: 0.25,
            selectedPolygonOutlineColor: hex('selectionOutline'),
            selectedPolygonOutlineWidth: 3,
            selectionPointColor: hex('selection'),
            selectionPointOutlineColor: hex('selectionOutline'),
            selectionPointWidth: 6,
            selectionPointOutlineWidth: 2,
            midPointColor: hex('panel'),
            midPointOutlineColor: hex('selectionOutline'),
            midPointWidth: 4,
          },
        }),
        new TerraDrawPointMode({
          styles: {
            pointColor: hex('selection'),
            pointWidth: 9,
            pointOutlineColor: hex('selectionOutline'),
            pointOutlineWidth: 2,
          },
        }),
        new TerraDrawLineStringMode({
          styles: { lineStringColor: hex('selectionOutline'), lineStringWidth: 4 },
        }),
        new TerraDrawPolygonMode({
          styles: {
            fillColor: hex('selection'),
            fillOpacity: 0.25,
            outlineColor: hex('selectionOutline'),
            outlineWidth: 3,
          },
        }),
      ],
    });
    this.#draw.start();
    this.#draw.on('finish', (id, context) => {
      if (context.mode === DRAW_MODE[this.#kind]) {
        // A new part was drawn: it is edited like the others from now on.
        this.#draw.setMode('select');
        this.#draw.selectFeature(id);
      }
      const geometry = this.geometry();
      if (geometry) this.#onChange(geometry);
    });
  }

  /**
   * Shows `geometry` ready to edit, or, when it is null, waits for the place to be drawn (a click
   * for a point; clicks and a double click, or a click on the first vertex, for a line or an area).
   */
  load(kind: EditKind, geometry: Geometry | null): void {
    this.#kind = kind;
    this.#draw.clear();
    const parts = geometry ? partsOf(geometry) : [];
    if (parts.length === 0) {
      this.#draw.setMode(DRAW_MODE[kind]);
      return;
    }
    this.#draw.setMode('select');
    const features: GeoJSONStoreFeatures[] = parts.map((part) => ({
      type: 'Feature',
      id: this.#draw.getFeatureId(),
      geometry: part,
      properties: { mode: DRAW_MODE[kind] },
    }));
    this.#draw.addFeatures(features);
    // terra-draw keeps one selection: the first part gets the handles, a click on another selects it.
    this.#draw.selectFeature(features[0].id!);
  }

  /** The geometry as edited so far: one part as it is, several as a multi-geometry; null if none. */
  geometry(): Geometry | null {
    const mode = DRAW_MODE[this.#kind];
    const parts = this.#draw
      .getSnapshot()
      // Handles and midpoints belong to the select mode; a part still being drawn is not a part yet.
      .filter((f) => f.properties.mode === mode && !f.properties.currentlyDrawing)
      .map((f) => f.geometry);
    return joinParts(this.#kind, parts);
  }

  destroy(): void {
    this.#draw.stop();
  }
}

type Part = Point | LineString | Polygon;

/** A geometry's single parts (a MultiPolygon's polygons …); a GeometryCollection has none to edit. */
export function partsOf(geometry: Geometry): Part[] {
  switch (geometry.type) {
    case 'Point':
    case 'LineString':
    case 'Polygon':
      return [geometry];
    case 'MultiPoint':
      return geometry.coordinates.map((c) => ({ type: 'Point', coordinates: c }));
    case 'MultiLineString':
      return geometry.coordinates.map((c) => ({ type: 'LineString', coordinates: c }));
    case 'MultiPolygon':
      return geometry.coordinates.map((c) => ({ type: 'Polygon', coordinates: c }));
    default:
      return [];
  }
}

/** Parts back into one geometry of the kind: a single part as it is, several as a multi-geometry. */
export function joinParts(kind: EditKind, parts: readonly Geometry[]): Geometry | null {
  const coords = parts.map((p) => (p as Part).coordinates);
  if (coords.length === 0) return null;
  if (coords.length === 1) return parts[0];
  if (kind === 'point') return { type: 'MultiPoint', coordinates: coords as Position[] };
  if (kind === 'line') return { type: 'MultiLineString', coordinates: coords as Position[][] };
  return { type: 'MultiPolygon', coordinates: coords as Position[][][] };
}
