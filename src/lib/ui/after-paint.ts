/**
 * Runs `task` just after the browser has painted the current frame: a requestAnimationFrame
 * callback runs right before a paint, a task queued from it runs after. Used to let the page's
 * text appear before a long piece of start-up work (creating the map) holds the main thread.
 * A page that is not shown gets no frames, so a timer starts the task anyway after `latestMs`.
 * Returns a function that cancels the task if it has not run yet.
 */
export function afterNextPaint(task: () => void, latestMs = 100): () => void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    cancel();
    task();
  };
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, latestMs);
  function cancel(): void {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (afterFrame !== undefined) clearTimeout(afterFrame);
  }
  return () => {
    done = true;
    cancel();
  };
}
