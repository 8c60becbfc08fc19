// The page's HTML is prerendered and complete: show it first, then load the app.
// The app's code, text and data start downloading only once the browser has
// painted the page's text, so they never compete with what the reader came for.
import "./styles.css";
import { nextTask } from "./boot-steps";

let started = false;
function start(): void {
  if (started) return;
  started = true;
  warmUpIntl();
  // Then two steps, each a task of its own: the libraries every page needs (one file), then the app.
  // Evaluated together they made one ~35 ms task on this machine (~140 ms at Lighthouse's 4× slowdown);
  // starting the worker costs up to ~20 ms of its own, so it gets a task to itself too.
  void nextTask()
    .then(() => import("react"))
    .then(nextTask)
    .then(() => import("./main"));
}

/** Loads the browser's locale data off the main thread before hydration needs it (src/i18n/intl-warmup.ts). */
function warmUpIntl(): void {
  if (typeof Worker === "undefined") return;
  try {
    new Worker(new URL("./i18n/intl-warmup.ts", import.meta.url), {
      type: "module",
      name: document.documentElement.lang,
    });
  } catch {
    // No worker (refused by policy or an old browser): the main thread loads the data itself.
  }
}

function afterFirstPaint(): void {
  if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes.includes("paint")) {
    start();
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length > 0) {
      observer.disconnect();
      start();
    }
  }).observe({ type: "paint", buffered: true });
  // A page that never paints text (or a browser that never reports it) still gets its app.
  setTimeout(start, 3000);
}

// Nothing prerendered to show (the development server, or a host's bare fallback shell): start at once.
const prerendered = document.getElementById("root")?.hasAttribute("data-prerendered") ?? false;
if (!prerendered) start();
else if (document.readyState === "complete") afterFirstPaint();
else window.addEventListener("load", afterFirstPaint, { once: true });
