/**
 * The parts of the map adapter whose code loads with their first use (so no first view waits for
 * it): MapPart, what such a part does once it has a map, and CodeSlot, where it waits for its code
 * and for the map's style (whichever comes second puts it on the map). A failed load is told, and
 * tried again at the next use.
 */

/** A part of the map adapter that is put on the map once the style has loaded. */
export interface OnMap<M> {
  attach(map: M): void;
  detach(): void;
}

/** A part that draws what it holds on the map it is given, and keeps it up to date from then on. */
export abstract class MapPart<M> implements OnMap<M> {
  protected map: M | null = null;

  /** The style has loaded: what the part holds so far goes on the map. */
  attach(map: M): void {
    this.map = map;
    this.draw();
  }

  detach(): void {
    this.map = null;
  }

  /** Brings the map up to date with what the part holds (nothing without a map). */
  protected abstract draw(): void;
}

export class CodeSlot<M, T extends OnMap<M>> {
  private part: T | null = null;
  private code: Promise<T> | null = null;
  private map: M | null = null;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly onError: (message: string) => void,
  ) {}

  /** The style has loaded: the part (once its code has come) goes on the map. */
  attach(map: M): void {
    this.map = map;
    this.part?.attach(map);
  }

  /** The map is going away: the part's layers go with it. */
  detach(): void {
    this.map = null;
    this.part?.detach();
  }

  /** The part, once its code has come (null before). */
  protected get loaded(): T | null {
    return this.part;
  }

  /** Gives the part to `use` once its code has come, loading it with the first use. */
  protected use(use: (part: T) => void): void {
    this.code ??= this.load().then((part) => {
      this.part = part;
      if (this.map) part.attach(this.map);
      return part;
    });
    this.code.then(use).catch((error: unknown) => {
      this.code = null;
      this.onError(String(error));
    });
  }
}
