/** The messages between the page and the file reader's worker (import.worker.ts). */
import type { Bilingual } from '../i18n/lang';
import type { UserCrs, UserData } from '../geo/user-data';
import type { FeatureBatch } from './transfer';

export interface ReadRequest {
  files: File[];
  crs: UserCrs;
}

/** A layer's description without its features, which follow in batches. */
export type LayerMeta = Omit<UserData, 'data'>;

export type ReadReply =
  | { type: 'progress'; fraction: number }
  | { type: 'problem'; problem: Bilingual }
  /**
   * A layer begins. `mapData` is the map's copy (geometry, index and label only) as GeoJSON text:
   * the page hands MapLibre a blob: URL of it, which MapLibre's own worker fetches and parses, so
   * the page never serialises a large file for the map (about 0.7 s for 100,000 vertices).
   */
  | { type: 'layer'; meta: LayerMeta; mapData: Blob }
  | { type: 'features'; batch: FeatureBatch }
  | { type: 'done' }
  /** Something no reader anticipated: the page names the file, never the error's own text. */
  | { type: 'failed' };
