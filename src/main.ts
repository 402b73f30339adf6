import 'virtual:atlas-palette.css';
import './lib/ui/styles/shared.css';
import './lib/ui/styles/boot.css';
import { mount } from 'svelte';
import Root from './Root.svelte';
import { startOfflineSupport } from './lib/offline/register';
import { pendingUpdate } from './lib/offline/update.svelte';
import { loadMapCode } from './lib/map/load';
import { afterFirstContentfulPaint } from './lib/ui/after-paint';

// index.html's first words (ui/boot-shell.ts) are on screen before the atlas starts its work and
// its downloads: when the scripts are already in, the browser would otherwise run them first and
// show nothing until the atlas has drawn itself. The catalogue's download has begun meanwhile
// (its preload hint).
afterFirstContentfulPaint(() => {
  // The map's code downloads while the catalogue does; the map view waits for it (and reports a failure).
  loadMapCode().catch(() => {});
  mount(Root, { target: document.getElementById('app')! });
  startOfflineSupport({ onUpdate: (apply) => pendingUpdate.offer(apply) });
});
