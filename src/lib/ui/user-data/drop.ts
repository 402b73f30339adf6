/** Lets the planner drop files on the map (several at once: a Shapefile's parts, say); only file drags are taken, text and links pass by. */
import type { AtlasState } from '../../state/atlas.svelte';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Handlers for the map area. `onOver` says when a file is being dragged over it (so the page can
 * say what a drop will do); enter and leave fire for every child crossed, hence the count.
 */
export function fileDropHandlers(
  atlas: AtlasState,
  onOver: (over: boolean) => void = () => {},
): {
  ondragenter: (event: DragEvent) => void;
  ondragover: (event: DragEvent) => void;
  ondragleave: (event: DragEvent) => void;
  ondrop: (event: DragEvent) => void;
} {
  let depth = 0;
  return {
    ondragenter(event) {
      if (!carriesFiles(event)) return;
      depth += 1;
      onOver(true);
    },
    ondragover(event) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    },
    ondragleave(event) {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) onOver(false);
    },
    ondrop(event) {
      depth = 0;
      onOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      // The reader's code loads with the first file, not with the page.
      void import('./load-file').then(({ loadUserFiles }) => loadUserFiles(atlas, files));
    },
  };
}
