/**
 * A newer version of the atlas waits in the service worker. The notice offers it; nothing reloads
 * under a visitor's hands.
 */
class PendingUpdate {
  /** Switches to the new version and reloads; null while there is none. */
  apply = $state.raw<(() => Promise<void>) | null>(null);

  offer(apply: () => Promise<void>): void {
    this.apply = apply;
  }

  dismiss(): void {
    this.apply = null;
  }
}

export const pendingUpdate = new PendingUpdate();
