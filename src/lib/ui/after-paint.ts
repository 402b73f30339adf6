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

/**
 * Runs `task` once the page's first contentful paint is on screen (its `paint` timing entry, which
 * the browser reports once the frame has been presented), or after `latestMs` if none comes (a
 * page opened in the background, a browser without paint timing). Used to start the atlas only
 * after index.html's first words are shown: started earlier, its work and downloads would hold
 * them back, and on a slow phone the page would stay blank meanwhile.
 */
export function afterFirstContentfulPaint(task: () => void, latestMs = 500): void {
  let done = false;
  const observer = typeof PerformanceObserver === 'undefined' ? null : new PerformanceObserver(onPaint);
  const timer = setTimeout(run, latestMs);
  function run(): void {
    if (done) return;
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
    task();
  }
  function onPaint(list: PerformanceObserverEntryList): void {
    if (list.getEntriesByName('first-contentful-paint').length > 0) run();
  }
  try {
    observer?.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the timer starts the task.
  }
}
