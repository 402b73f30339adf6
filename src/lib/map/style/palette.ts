/**
 * The one palette of the atlas. Every colour on the map, in the legend, in charts and in panels
 * comes from these semantic tokens; components hold no colours of their own.
 *
 * The basemap is deliberately calm (warm greys, a quiet water blue) so that the report's places,
 * drawn in saturated group colours, carry the eye.
 */
export const palette = {
  // Basemap
  land: '#f3f0e8',
  landOutside: '#e6e2d8',
  districtFill: '#fbfaf6',
  districtOutline: '#5b4a3a',
  districtHalo: '#ffffff',
  neighbourOutline: '#b9b1a2',
  waterFill: '#a9cce3',
  waterOutline: '#7fb0d1',
  waterLabel: '#2f6f9f',
  river: '#8fbfe0',
  townDot: '#5b4a3a',
  townLabel: '#3d342b',
  placeLabel: '#8a7f70',
  labelHalo: '#ffffff',

  // Streets, rail, water and boundaries from the optional OpenStreetMap extract: quieter than the
  // report's places, warm greys like the rest of the basemap so the group colours still lead.
  roadMajor: '#ffffff',
  roadMajorCasing: '#c9bfae',
  roadMinor: '#fdfcf9',
  roadMinorCasing: '#ddd5c7',
  rail: '#8a8175',
  townBoundary: '#a89f90',
  parkFill: '#e1ead2',
  streetLabel: '#6b6256',

  // Report groups (distinct in hue and lightness so they survive colour-vision deficiency reasonably)
  groupWater: '#1f78b4',
  groupIndustry: '#d9480f',
  groupTransport: '#6741d9',
  groupInnovation: '#0c8599',
  groupLivelihood: '#c2255c',
  groupUrban: '#5c940d',

  // Interaction
  selection: '#ffd43b',
  selectionOutline: '#1b1b1b',
  hover: '#1b1b1b',
  /** Places tied to the figure selected in the overview or the report (and that figure in panels). */
  figureMark: '#1864ab',
  uncertaintyFill: '#000000',
  /** The planner's own data (a file they loaded): apart from every report group's hue. */
  userData: '#3d405b',
  /** Further layers of the planner's own (one colour per file): dark, muted, none a report group's hue. */
  userDataUmber: '#7f5539',
  userDataWine: '#7b2d43',
  userDataPine: '#2d5a3d',
  userDataGraphite: '#4a4a4a',
  userDataNavy: '#22355e',
  /**
   * A layer styled by an attribute: one colour per value (Okabe and Ito's colour-blind-safe set, in
   * that order), and one for every further value.
   */
  userCategory1: '#e69f00',
  userCategory2: '#56b4e9',
  userCategory3: '#009e73',
  userCategory4: '#0072b2',
  userCategory5: '#d55e00',
  userCategory6: '#cc79a7',
  userCategory7: '#000000',
  userCategory8: '#999933',
  userCategoryOther: '#bdb6a8',

  // Panels
  ink: '#1f1b16',
  inkMuted: '#5f574c',
  panel: '#ffffff',
  panelAlt: '#f7f5f0',
  rule: '#e3ded3',
  accent: '#9c3d10',
  focus: '#1864ab',
  warning: '#b35c00',
  error: '#c92a2a',
} as const;

export type PaletteToken = keyof typeof palette;

/** The colours a layer of the planner's own can have, in the order new layers take them. */
export const USER_LAYER_COLOURS = [
  'userData',
  'userDataUmber',
  'userDataWine',
  'userDataPine',
  'userDataGraphite',
  'userDataNavy',
] as const satisfies readonly PaletteToken[];
export type UserLayerColour = (typeof USER_LAYER_COLOURS)[number];

/** Exposes the palette to CSS as custom properties (`--land`, `--group-water` …), so panels use the same tokens. */
export function paletteCssVariables(): string {
  return Object.entries(palette)
    .map(([token, value]) => `--${token.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${value};`)
    .join(' ');
}
