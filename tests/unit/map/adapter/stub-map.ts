/**
 * A stand-in for MapLibre's map in the adapter's unit tests: no WebGL, no worker. It keeps layers,
 * sources and layout in plain objects, records every call that would make MapLibre draw or re-tile,
 * and answers queryRenderedFeatures from a list the test sets (filtered by layer id and box).
 */
import type { Geometry } from 'geojson';

export interface StubFeature {
  layer: string;
  /** Where the feature is on screen, in CSS pixels (for the query box). */
  at: { x: number; y: number };
  geometry: Geometry;
  properties: Record<string, unknown>;
  source: string;
}

export interface StubCall {
  method: string;
  args: unknown[];
}

type Listener = (e?: unknown) => void;

export class StubMap {
  readonly calls: StubCall[] = [];
  readonly layers: { id: string; source?: string; layout: Record<string, unknown> }[] = [];
  readonly sources = new Map<string, { spec: unknown; data?: unknown; setData(d: unknown): void }>();
  rendered: StubFeature[] = [];
  isLoaded = false;
  readonly canvas = { style: { visibility: '', cursor: '' } };
  private readonly listeners = new Map<string, Listener[]>();

  constructor(layers: { id: string; source?: string; layout?: Record<string, unknown> }[] = []) {
    for (const l of layers) this.layers.push({ ...l, layout: { ...l.layout } });
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  callsTo(method: string): StubCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  // Layers and layout
  getLayer(id: string) {
    return this.layers.find((l) => l.id === id);
  }
  getLayersOrder(): string[] {
    return this.layers.map((l) => l.id);
  }
  addLayer(
    layer: { id: string; source?: string; layout?: Record<string, unknown> },
    beforeId?: string,
  ): void {
    this.record('addLayer', layer.id, beforeId);
    const index = beforeId ? this.layers.findIndex((l) => l.id === beforeId) : -1;
    const entry = { id: layer.id, source: layer.source, layout: { ...layer.layout } };
    if (index < 0) this.layers.push(entry);
    else this.layers.splice(index, 0, entry);
  }
  removeLayer(id: string): void {
    this.record('removeLayer', id);
    const index = this.layers.findIndex((l) => l.id === id);
    if (index >= 0) this.layers.splice(index, 1);
  }
  getLayoutProperty(id: string, name: string): unknown {
    return this.getLayer(id)?.layout[name];
  }
  setLayoutProperty(id: string, name: string, value: unknown): void {
    this.record('setLayoutProperty', id, name, value);
    const layer = this.getLayer(id);
    if (layer) layer.layout[name] = value;
  }
  setFilter(id: string, filter: unknown): void {
    this.record('setFilter', id, filter);
  }
  setFeatureState(target: unknown, state: unknown): void {
    this.record('setFeatureState', target, state);
  }

  // Sources
  addSource(id: string, spec: unknown): void {
    this.record('addSource', id);
    const calls = this.calls;
    this.sources.set(id, {
      spec,
      setData(d: unknown) {
        calls.push({ method: 'setData', args: [id, d] });
        this.data = d;
      },
    });
  }
  getSource(id: string) {
    return this.sources.get(id);
  }
  removeSource(id: string): void {
    this.record('removeSource', id);
    this.sources.delete(id);
  }

  // Picking: a simple screen projection, 1000 px per degree, origin at 120° E 31.5° N.
  project([lon, lat]: [number, number]): { x: number; y: number } {
    return { x: (lon - 120) * 1000, y: (31.5 - lat) * 1000 };
  }
  queryRenderedFeatures(box: [[number, number], [number, number]], options: { layers: string[] }) {
    const [[x0, y0], [x1, y1]] = box;
    return this.rendered
      .filter((f) => options.layers.includes(f.layer))
      .filter((f) => f.at.x >= x0 && f.at.x <= x1 && f.at.y >= y0 && f.at.y <= y1)
      .map((f) => ({
        geometry: f.geometry,
        properties: f.properties,
        source: f.source,
        layer: { id: f.layer },
      }));
  }

  // Rendering and events
  loaded(): boolean {
    return this.isLoaded;
  }
  getCanvas() {
    return this.canvas;
  }
  setPixelRatio(ratio: number | null): void {
    this.record('setPixelRatio', ratio);
  }
  triggerRepaint(): void {
    this.record('triggerRepaint');
  }
  on(type: string, listener: Listener): this {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    return this;
  }
  off(type: string, listener: Listener): this {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  once(type: string, listener: Listener): this {
    const wrapped: Listener = (e) => {
      this.off(type, wrapped);
      listener(e);
    };
    return this.on(type, wrapped);
  }
  /** Fires an event as MapLibre would: to the listeners registered before it fired. */
  fire(type: string, e?: unknown): void {
    for (const l of [...(this.listeners.get(type) ?? [])]) l(e);
  }
}

/** The stub typed as the part of MapLibre's map a piece of the adapter asks for. */
export function asMap<T>(stub: StubMap): T {
  return stub as unknown as T;
}
