/**
 * Text settings shared by every symbol layer. The style has no `glyphs` URL, so MapLibre draws
 * all labels with the browser's local fonts: the names below are CSS font families. This is what
 * keeps the atlas free of any glyph server.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export type { Lang } from '../../i18n/lang';
import type { Lang } from '../../i18n/lang';
export { mapTextScaleFor } from '../../ui/scale';

export const LABEL_FONT = [
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'PingFang SC',
  'Microsoft YaHei',
  'sans-serif',
];

/**
 * The label of a feature in the current language, falling back to Chinese where no English name
 * exists. A feature may carry a label of its own (`label_zh`/`label_en`: a zone with its count).
 */
const LABEL_FIELDS: Record<Lang, ExpressionSpecification> = {
  zh: ['coalesce', ['get', 'label_zh'], ['get', 'name_zh']],
  en: ['coalesce', ['get', 'label_en'], ['get', 'name_en'], ['get', 'name_zh']],
};

export function labelField(lang: Lang): ExpressionSpecification {
  return LABEL_FIELDS[lang];
}
