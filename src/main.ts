import './lib/ui/styles/shared.css';
import { mount } from 'svelte';
import Root from './Root.svelte';
import { startOfflineSupport } from './lib/offline/register';
import { pendingUpdate } from './lib/offline/update.svelte';

mount(Root, { target: document.getElementById('app')! });
startOfflineSupport({ onUpdate: (apply) => pendingUpdate.offer(apply) });
