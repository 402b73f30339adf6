/**
 * The side panel's tabs, as data: adding a panel is one entry here. The order is the tab order.
 * Each panel's code loads on demand: the tabs are drawn at once, a panel's contents once the map
 * has drawn its first view (or a tab is pressed), so the first seconds belong to the map.
 */
import type { Component } from 'svelte';
import type { Bilingual, Lang } from '../i18n/lang';
import { messages } from '../i18n/messages';
import type { PanelId } from '../state/url';

/** Panels take no props: they reach the atlas's state through getAtlas(). */
export type PanelProps = Record<string, never>;

export interface PanelDef {
  id: PanelId;
  label: Bilingual;
  /**
   * A sentence shown at once above the panel's contents, before they load: on a phone it is the
   * largest text of the first screen, so showing it with the tabs brings the page's first meaningful
   * paint forward instead of waiting for the map's first view.
   */
  intro?: (lang: Lang) => string;
  load: () => Promise<{ default: Component<PanelProps> }>;
}

export const PANELS: PanelDef[] = [
  {
    id: 'overview',
    label: { zh: '概览', en: 'Overview' },
    intro: (lang) => messages(lang).panels.overviewIntro,
    load: () => import('./overview/Overview.svelte'),
  },
  {
    id: 'report',
    label: { zh: '报告原文', en: 'Report' },
    load: () => import('./report/ReportPanel.svelte'),
  },
  { id: 'layers', label: { zh: '图层筛选', en: 'Layers' }, load: () => import('./FiltersPanel.svelte') },
  { id: 'list', label: { zh: '项目列表', en: 'List' }, load: () => import('./PlaceList.svelte') },
  { id: 'near', label: { zh: '附近', en: 'Near me' }, load: () => import('./near/NearPanelLoader.svelte') },
];

const loaded = new Map<PanelId, Promise<Component<PanelProps>>>();

/** A panel's component, loaded once; a failed load is forgotten so the next try fetches again. */
export function loadPanel(panel: PanelDef): Promise<Component<PanelProps>> {
  let pending = loaded.get(panel.id);
  if (!pending) {
    pending = panel.load().then((module) => module.default);
    pending.catch(() => loaded.delete(panel.id));
    loaded.set(panel.id, pending);
  }
  return pending;
}
