/**
 * A planner's attributes as the atlas keeps them: flat, bounded and safe to store. Part of
 * user-data.ts; pure.
 */

/** Longer text values are cut: the card shows 300 characters, the table fewer. */
const MAX_TEXT_CHARS = 2_000;
const MAX_KEYS = 200;

/** Nested values as short JSON-like text, depth-limited so no attribute can exhaust the stack. */
function nestedText(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object')
    return typeof value === 'string' ? JSON.stringify(value.slice(0, 200)) : String(value);
  if (depth >= 4) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value))
    return `[${value
      .slice(0, 20)
      .map((v) => nestedText(v, depth + 1))
      .join(', ')}${value.length > 20 ? ', …' : ''}]`;
  const entries = Object.entries(value as object);
  return `{${entries
    .slice(0, 20)
    .map(([k, v]) => `${JSON.stringify(k.slice(0, 50))}: ${nestedText(v, depth + 1)}`)
    .join(', ')}${entries.length > 20 ? ', …' : ''}}`;
}

function cut(text: string): string {
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1)}…` : text;
}

/**
 * The attributes as the atlas keeps them: strings, finite numbers, booleans and nulls; anything
 * nested becomes short text. Flat and bounded, so storing, cloning or posting them can never
 * overflow the stack, and `__proto__` stays an ordinary key (Object.fromEntries defines, never assigns).
 */
export function sanitizeProperties(properties: unknown): Record<string, string | number | boolean | null> {
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return {};
  const entries: [string, string | number | boolean | null][] = [];
  for (const [key, value] of Object.entries(properties as object).slice(0, MAX_KEYS)) {
    const k = key.length > 100 ? `${key.slice(0, 99)}…` : key;
    if (value === null || value === undefined) entries.push([k, null]);
    else if (typeof value === 'string') entries.push([k, cut(value)]);
    else if (typeof value === 'number') entries.push([k, Number.isFinite(value) ? value : String(value)]);
    else if (typeof value === 'boolean') entries.push([k, value]);
    else entries.push([k, cut(nestedText(value, 0))]);
  }
  return Object.fromEntries(entries);
}

/** Keys past this many distinct ones are not offered as columns or fields (a file of ragged rows). */
const MAX_ATTRIBUTE_NAMES = 200;

/** Every attribute name the file's features have, in the order they first appear. */
export function userAttributeNames(data: { features: readonly { properties: unknown }[] }): string[] {
  const names = new Set<string>();
  for (const f of data.features) {
    const properties = f.properties;
    if (!properties || typeof properties !== 'object') continue;
    for (const key in properties) {
      if (!names.has(key)) {
        names.add(key);
        if (names.size >= MAX_ATTRIBUTE_NAMES) return [...names];
      }
    }
  }
  return [...names];
}
