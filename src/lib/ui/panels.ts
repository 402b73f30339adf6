/**
 * The side panel's tabs, as data: adding a panel is one entry here. The order is the tab order.
 */
import type { Component } from 'svelte';
import type { Bilingual } from '../i18n/lang';
import type { AtlasState } from '../state/atlas.svelte';
import type { PanelId } from '../state/url';
import FiltersPanel from './FiltersPanel.svelte';
import PlaceList from './PlaceList.svelte';
import NearPanelLoader from './near/NearPanelLoader.svelte';
import Overview from './overview/Overview.svelte';
import ReportPanel from './report/ReportPanel.svelte';

export interface PanelProps {
  atlas: AtlasState;
}

export interface PanelDef {
  id: PanelId;
  label: Bilingual;
  component: Component<PanelProps>;
}

export const PANELS: PanelDef[] = [
  { id: 'overview', label: { zh: '概览', en: 'Overview' }, component: Overview },
  { id: 'report', label: { zh: '报告原文', en: 'Report' }, component: ReportPanel },
  { id: 'layers', label: { zh: '图层筛选', en: 'Layers' }, component: FiltersPanel },
  { id: 'list', label: { zh: '项目列表', en: 'List' }, component: PlaceList },
  { id: 'near', label: { zh: '附近', en: 'Near me' }, component: NearPanelLoader },
];
