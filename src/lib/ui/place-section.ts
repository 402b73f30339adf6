import type { PlaceFeature } from '../catalog/types';

/** What the place details (DetailPanel) and each section of them (zone members, correction) are given. */
export interface PlaceSectionProps {
  /** The place the details show. */
  place: PlaceFeature;
}
