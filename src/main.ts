import './lib/ui/styles/shared.css';
import { mount } from 'svelte';
import Root from './Root.svelte';
import { startOfflineSupport } from './lib/offline/register';
import { pendingUpdate } from './lib/offline/update.svelte';
import { loadMapCode } from './lib/map/load';

// The map's code downloads while the catalogue does; the map view waits for it (and reports a failure).
loadMapCode().catch(() => {});

mount(Root, { target: document.getElementById('app')! });
startOfflineSupport({ onUpdate: (apply) => pendingUpdate.offer(apply) });
