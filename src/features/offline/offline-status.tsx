import { Suspense, lazy } from "react";
import { useHydrated } from "../../hooks/use-hydrated";

const Panel = lazy(async () => ({ default: (await import("./offline-status-panel")).OfflineStatusPanel }));

/**
 * Offline reading and update prompts. Nothing to show before the page is
 * ready, so the code (and Workbox's) loads after hydration, off the first view.
 */
export function OfflineStatus() {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  ) : null;
}
