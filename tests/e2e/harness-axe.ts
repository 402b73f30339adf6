// The accessibility audit (axe) of the page as it stands.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** One line per axe violation: its rule, impact, help text and the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
