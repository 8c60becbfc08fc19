import { Suspense, createElement, lazy, memo, type ComponentType } from "react";

const preloaders = new Set<() => Promise<unknown>>();

/**
 * Loads every deferred component's code. The prerender awaits this before
 * rendering, so deferred parts are written inline into the HTML (complete
 * without JavaScript, and with no inline script, which the CSP forbids).
 */
export function preloadDeferred(): Promise<unknown[]> {
  return Promise.all([...preloaders].map((preload) => preload()));
}

/**
 * A part of a page whose code is not needed for its first view (selective
 * hydration). Its HTML is prerendered like the rest; in the browser it sits
 * behind a Suspense boundary, so React hydrates the page without it, keeps its
 * HTML as it is, and hydrates it when its chunk arrives (replaying a click made
 * on it before then). After in-app navigation it appears once its code is loaded.
 * `preload()` fetches the code ahead, for a page that is about to change the part.
 * Memoized: a page that re-renders with the same props leaves a part still
 * waiting for its code (or for the reader, see hydration-gate.tsx) as it is.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  const preload = async () => {
    loaded ??= await load();
    return loaded;
  };
  preloaders.add(preload);
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Deferred(props: P) {
    return <Suspense fallback={null}>{createElement(loaded ?? Lazy, props)}</Suspense>;
  }
  return Object.assign(memo(Deferred), { preload });
}
