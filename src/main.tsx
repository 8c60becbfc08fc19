import { StrictMode, startTransition } from "react";
import { flushSync } from "react-dom";
import { RouterProvider, createBrowserRouter, matchRoutes, type HydrationState } from "react-router";
import { routes } from "./app/routes";
import { setLanguage } from "./i18n";
import { loadClaims } from "./content/selectors";
import { enableDevLanguages, isLang } from "./i18n/languages";
import { splitPath } from "./config/paths";
import { nextTask } from "./boot-steps";
import { openHydrationGates } from "./components/hydration-gate";
import { reloadIfLoadFailed } from "./components/load-failure";

/** The router state the prerender wrote as JSON (a data script, so a strict CSP allows it). */
function readHydrationData(): HydrationState | undefined {
  const script = document.getElementById("hydration-data");
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent) as HydrationState;
  } catch {
    return undefined;
  }
}

if (import.meta.env.DEV) enableDevLanguages();

/** What react-router/dom's RouterProvider passes (that entry, imported, would pull in react-dom/client at once). */
function domFlushSync(fn: () => unknown): undefined {
  flushSync(fn);
  return undefined;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("#root is missing from index.html");
  // A static host's fallback may serve another page's HTML: hydrate only our own page.
  const prerendered = container.dataset.prerendered === location.pathname;
  const hydrationData = prerendered ? readHydrationData() : undefined;
  // The page's text must be loaded before hydrating, or React finds different words.
  const { lang } = splitPath(location.pathname);
  // One step per task: the page preloads these files, so nothing here waits for the network, and
  // without the breaks the steps would run back to back as one long task (input waits meanwhile).
  await nextTask();
  if (isLang(lang)) await setLanguage(lang);
  await nextTask();
  await loadClaims();
  await nextTask();
  // Load the current page's chunk first, so hydration finds the same components.
  await Promise.all(
    (matchRoutes(routes, location.pathname) ?? []).map(async ({ route }) => {
      if (typeof route.lazy === "function") {
        const loaded = await route.lazy();
        Object.assign(route, { ...loaded, lazy: undefined });
      }
    }),
  );
  // React DOM sets itself up when first used: a step of its own too.
  await nextTask();
  const { createRoot, hydrateRoot } = await import("react-dom/client");
  await nextTask();
  const router = createBrowserRouter(routes, hydrationData ? { hydrationData } : undefined);
  const app = (
    <StrictMode>
      <RouterProvider router={router} flushSync={domFlushSync} />
    </StrictMode>
  );
  if (hydrationData) {
    // Parts of the page still waiting to hydrate (HydrationGate) are released at the first navigation.
    const arrival = router.state.location;
    const unsubscribe = router.subscribe((state) => {
      if (state.navigation.state === "idle" && state.location === arrival) return;
      unsubscribe();
      openHydrationGates();
    });
    startTransition(() => {
      hydrateRoot(container, app, {
        onRecoverableError: (error) => console.error("Hydration error", error),
      });
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}

// Code or text of this page gone from the host (an old copy of the page, after a deploy): load it again, once.
start().catch(reloadIfLoadFailed);
