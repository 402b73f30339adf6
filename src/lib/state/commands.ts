/**
 * The atlas's commands: things the state asks the map or the reader to do once (fit a box, jump
 * to a camera, scroll to a paragraph, export a picture). They are events, not state: a command is
 * delivered to the subscribers of its kind and then forgotten. One sent before anyone listens for
 * its kind (the reader is mounted only when its tab opens) waits, the latest of each kind only,
 * and goes to the first subscriber that asks for that kind.
 */
import type { BBox } from '../geo/bounds';
import type { PrintSpec } from '../export/print-page';
import type { Camera } from './url';

/** Screen pixels along each edge of the map that something on top of it hides. */
export interface MapInset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type AtlasCommand =
  /** Show a box whole, clear of `inset` (the tour's caption) and of the details card. */
  | { kind: 'fit'; bbox: BBox; inset?: MapInset }
  /** Put the camera exactly here (a link, leaving the tour). */
  | { kind: 'jump'; camera: Camera }
  /** Scroll the reader to a paragraph; `flash` marks it briefly (a jump the user asked for). */
  | { kind: 'paragraph'; paragraph: string; flash: boolean }
  /** Save the map view as a PNG: as on screen, or drawn again for print. */
  | { kind: 'export'; print?: PrintSpec };

export type CommandKind = AtlasCommand['kind'];
export type CommandOf<K extends CommandKind> = Extract<AtlasCommand, { kind: K }>;

const CAMERA_KINDS: ReadonlySet<CommandKind> = new Set(['fit', 'jump']);

interface Subscriber {
  kinds: ReadonlySet<CommandKind>;
  handle: (command: AtlasCommand) => void;
}

/** A small typed publish/subscribe channel for AtlasCommand. */
export class CommandChannel {
  readonly #subscribers = new Set<Subscriber>();
  /** Commands nobody was listening for yet, the latest per kind. */
  readonly #waiting = new Map<CommandKind, AtlasCommand>();

  /** Sends a command to everyone subscribed to its kind (or keeps it until someone is). */
  emit(command: AtlasCommand): void {
    let delivered = false;
    for (const s of [...this.#subscribers]) {
      if (!s.kinds.has(command.kind)) continue;
      delivered = true;
      s.handle(command);
    }
    if (delivered) {
      this.#waiting.delete(command.kind);
      return;
    }
    // A camera command supersedes any earlier one: only where the camera should end up matters.
    if (CAMERA_KINDS.has(command.kind)) for (const kind of CAMERA_KINDS) this.#waiting.delete(kind);
    this.#waiting.set(command.kind, command);
  }

  /**
   * Listens for commands of the given kinds; returns the function that stops listening. A waiting
   * command of one of these kinds is handed over at once.
   */
  subscribe<K extends CommandKind>(kinds: readonly K[], handle: (command: CommandOf<K>) => void): () => void {
    const subscriber: Subscriber = {
      kinds: new Set<CommandKind>(kinds),
      handle: handle as (command: AtlasCommand) => void,
    };
    this.#subscribers.add(subscriber);
    for (const kind of kinds) {
      const waiting = this.#waiting.get(kind);
      if (!waiting) continue;
      this.#waiting.delete(kind);
      subscriber.handle(waiting);
    }
    return () => this.#subscribers.delete(subscriber);
  }

  /** Forgets a waiting command of this kind (it no longer applies). */
  drop(kind: CommandKind): void {
    this.#waiting.delete(kind);
  }
}
