import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False while rendering on the server and while hydrating prerendered HTML, true
 * afterwards. Lets a page show what the prerendered HTML holds first (no
 * hydration mismatch), then what depends on the browser (URL query, saved choices).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
