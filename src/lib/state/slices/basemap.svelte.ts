/**
 * The basemap asked for: the embedded one, or an online tile service the user opted into, and
 * Tianditu's review number. The Tianditu key itself is kept apart (./tianditu-key.svelte.ts).
 *
 * Only the visitor can take the atlas online: a link that names an online basemap makes an offer
 * the visitor accepts or declines, and until then the map stays on the embedded basemap and asks
 * no other host for anything. Once the visitor has chosen or accepted an online basemap, links
 * naming it apply at once, on this device until the visitor withdraws the agreement (kept by the
 * store the page gives, see ./basemap-agreement.ts).
 */
import { TIANDITU_REVIEW_NUMBER, type BasemapKind, type OnlineBasemapKind } from '../../map/style/online';
import { tiandituKey } from './tianditu-key.svelte';
import { visitOnlyAgreement, type BasemapAgreementStore } from './basemap-agreement';

export class BasemapState {
  #kind = $state<BasemapKind>('embedded');
  #reviewNumber = $state<string>(TIANDITU_REVIEW_NUMBER);
  #streets = $state(true);
  #offer = $state<OnlineBasemapKind | null>(null);
  /** Online basemaps the visitor chose or accepted, on this device or during this visit. */
  #agreed = $state.raw<readonly OnlineBasemapKind[]>([]);
  readonly #agreement: BasemapAgreementStore;
  /** The address of the streets archive this build ships, or null (see map/streets-archive.ts). */
  readonly streetsArchive: string | null;

  constructor(streetsArchive: string | null = null, agreement: BasemapAgreementStore = visitOnlyAgreement) {
    this.streetsArchive = streetsArchive;
    this.#agreement = agreement;
    this.#agreed = agreement.load();
  }

  /** The online basemaps links may switch on without asking: the visitor agreed to them. */
  get agreed(): readonly OnlineBasemapKind[] {
    return this.#agreed;
  }

  #agree(kind: OnlineBasemapKind): void {
    if (this.#agreed.includes(kind)) return;
    this.#agreed = [...this.#agreed, kind];
    this.#agreement.save(this.#agreed);
  }

  /**
   * The visitor takes back every agreement: links ask again, and the map goes back to the
   * embedded basemap now (the agreement was what kept it online).
   */
  withdrawAgreement(): void {
    this.#agreed = [];
    this.#agreement.save([]);
    this.#kind = 'embedded';
  }

  /** Whether the reader wants the streets drawn (streets=0 in links turns them off). */
  get streets(): boolean {
    return this.#streets;
  }
  /** The streets archive to draw now, or null: none shipped, or switched off. */
  get streetsShown(): string | null {
    return this.#streets ? this.streetsArchive : null;
  }

  setStreets(on: boolean): void {
    this.#streets = on;
  }

  /** The basemap asked for (base= in links). */
  get kind(): BasemapKind {
    return this.#kind;
  }
  /** Tianditu's review number (审图号), shown in the attribution and exports; must match Tianditu's own. */
  get reviewNumber(): string {
    return this.#reviewNumber;
  }
  /** Whether the user has given a Tianditu key (the key itself is not here). */
  get hasTiandituKey(): boolean {
    return tiandituKey() !== null;
  }
  /** What the map draws: Tianditu waits for its key, showing the embedded basemap meanwhile. */
  get active(): BasemapKind {
    return this.#kind === 'tianditu' && !this.hasTiandituKey ? 'embedded' : this.#kind;
  }
  /** Tianditu was asked for but there is no key yet: the key prompt shows. */
  get needsTiandituKey(): boolean {
    return this.#kind === 'tianditu' && !this.hasTiandituKey;
  }

  /** An online basemap a link named, waiting for the visitor's yes or no; null when none. */
  get offer(): OnlineBasemapKind | null {
    return this.#offer;
  }

  /** The visitor chooses the basemap. Online ones are opt-in: they fetch tiles from outside the atlas. */
  set(kind: BasemapKind): void {
    this.#kind = kind;
    this.#offer = null;
    if (kind !== 'embedded') this.#agree(kind);
  }

  /**
   * A link names a basemap (`embedded` when it names none). The embedded one, the one on screen
   * and one the visitor agreed to apply at once; another online one is offered.
   */
  fromLink(kind: BasemapKind): void {
    if (kind === 'embedded' || kind === this.#kind || this.#agreed.includes(kind)) {
      this.#kind = kind;
      this.#offer = null;
    } else {
      this.#offer = kind;
    }
  }

  /** The visitor takes the offered basemap. */
  acceptOffer(): void {
    if (this.#offer) this.set(this.#offer);
  }

  /** The visitor keeps the map offline. */
  declineOffer(): void {
    this.#offer = null;
  }

  setReviewNumber(text: string): void {
    this.#reviewNumber = text.trim() || TIANDITU_REVIEW_NUMBER;
  }
}
