/** Lets the planner drop a GeoJSON file on the map; only file drags are taken, text and links pass by. */
import type { AtlasState } from '../../state/atlas.svelte';
import { loadUserFile } from './load-file';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function fileDropHandlers(atlas: AtlasState): {
  ondragover: (event: DragEvent) => void;
  ondrop: (event: DragEvent) => void;
} {
  return {
    ondragover(event) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    },
    ondrop(event) {
      const file = event.dataTransfer?.files?.[0];
      if (!file) return;
      event.preventDefault();
      void loadUserFile(atlas, file);
    },
  };
}
