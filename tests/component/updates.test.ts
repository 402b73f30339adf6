import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import PlaceUpdates from '../../src/lib/ui/PlaceUpdates.svelte';
import { realCatalog } from './catalog';

afterEach(cleanup);

describe('后续进展 in a place’s details', () => {
  const catalog = realCatalog();
  const tenglong = catalog.byId.get('tenglong-expressway')!.properties;

  it('lists each dated fact with its stage, its note and a link to the page it comes from', () => {
    render(PlaceUpdates, { props: { updates: tenglong.updates, lang: 'zh' } });
    const section = screen.getByTestId('detail-updates');
    expect(within(section).getByRole('heading').textContent).toBe('后续进展');
    expect(section.textContent).toContain('2024-10-18');
    expect(section.textContent).toContain('腾龙大道一期建成通车');
    expect(section.textContent).toContain('已建成');
    const link = within(section).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.wj.gov.cn/html/czwj/2024/FAOHPMEF_1018/505289.html');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('speaks English to English readers', () => {
    render(PlaceUpdates, { props: { updates: tenglong.updates, lang: 'en' } });
    const section = screen.getByTestId('detail-updates');
    expect(within(section).getByRole('heading').textContent).toBe('Since the report');
    expect(section.textContent).toContain('Phase 1 of 腾龙大道 is finished and open to traffic.');
  });

  it('shows nothing at all for a place without public news: no news is not "not done"', () => {
    const { container } = render(PlaceUpdates, {
      props: { updates: catalog.byId.get('gehu')!.properties.updates, lang: 'zh' },
    });
    expect(container.textContent?.trim()).toBe('');
  });
});
