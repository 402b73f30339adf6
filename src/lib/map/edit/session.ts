/**
 * The adapter's side of correction mode, loaded with the editor when the first correction starts:
 * keeps one editor on the map while a place is being corrected, loads each new request into it,
 * and takes it off the map when the correction ends.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import { GeometryEditor, type EditKind } from './editor';

/** A geometry to correct on the map: `key` changes when the editor should load it afresh. */
export interface EditRequest {
  key: string;
  kind: EditKind;
  geometry: Geometry | null;
}

export class EditSession {
  readonly #map: MapLibreMap;
  readonly #onChange: (geometry: Geometry) => void;
  #editor: GeometryEditor | null = null;
  #key: string | null = null;

  constructor(map: MapLibreMap, onChange: (geometry: Geometry) => void) {
    this.#map = map;
    this.#onChange = onChange;
  }

  /** Edits what `request` asks for (nothing new while its key is the same), or stops editing. */
  show(request: EditRequest | null): void {
    if (request === null) {
      this.#editor?.destroy();
      this.#editor = null;
      this.#key = null;
      return;
    }
    if (request.key === this.#key) return;
    this.#key = request.key;
    this.#editor ??= new GeometryEditor(this.#map, this.#onChange);
    this.#editor.load(request.kind, request.geometry);
  }
}
