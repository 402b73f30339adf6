/**
 * The map's copy of a feature carries where it is in the file, its label, and each attribute as
 * short text under USER_ATTR_PREFIX (so a file's own keys never meet the atlas's): choosing the
 * attribute a layer is labelled or coloured by then changes only the layer's style, never its data.
 */
export const USER_INDEX_PROP = 'atlas:index';
export const USER_LABEL_PROP = 'atlas:label';
export const USER_ATTR_PREFIX = 'attr:';
