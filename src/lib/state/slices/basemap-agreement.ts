import type { OnlineBasemapKind } from '../../map/style/online';

/**
 * Where the visitor's agreement to online basemaps is kept between visits (the page gives the
 * device's storage, ui/basemap/agreement-storage.ts); tests and pages without storage keep it for
 * the visit only.
 */
export interface BasemapAgreementStore {
  load(): readonly OnlineBasemapKind[];
  save(kinds: readonly OnlineBasemapKind[]): void;
}

/** Remembers nothing beyond the page. */
export const visitOnlyAgreement: BasemapAgreementStore = {
  load: () => [],
  save: () => {},
};
