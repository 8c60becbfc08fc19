import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { Workbox } from "workbox-window";

/** How long after the page is ready the service worker is registered (then at the next idle moment). */
export const REGISTER_AFTER_MS = 3000;

/** The service worker's cache for pages (scripts/service-worker.mjs). */
const PAGES_CACHE = "pages";

/**
 * Stores this page and the text chunks it loaded before the service worker
 * controlled it, so it and its language also open offline. The chunks are
 * fetched and stored by the worker itself (Workbox's CACHE_URLS message, served
 * by the route that would cache them anyway), off this page's main thread.
 */
async function keepThisPage(wb: Workbox): Promise<void> {
  try {
    const assets = new Set(
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith("/assets/"))
        .map((url) => url.pathname),
    );
    // Separately: a failure of one must not lose the other.
    await Promise.allSettled([
      wb.messageSW({ type: "CACHE_URLS", payload: { urlsToCache: [...assets] } }),
      caches.open(PAGES_CACHE).then((pages) => pages.add(location.pathname)),
    ]);
  } catch {
    // No Cache API, storage full or refused: offline reading is a bonus, never an error for the reader.
  }
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Offline reading (dist/sw.js, made by scripts/service-worker.mjs): registers
 * the service worker once the page is ready, says when the site can be read
 * offline, asks before showing updated content, and says so while offline.
 */
export function OfflineStatusPanel() {
  const { t } = useTranslation("tools");
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const [ready, setReady] = useState(false);
  const [update, setUpdate] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
    let live = true;
    const start = async () => {
      // The web app manifest (install prompt, icons) is linked only now: linked in the HTML, the
      // browser would fetch it and its icon while the page is still painting.
      if (!document.querySelector('link[rel="manifest"]')) {
        const link = document.createElement("link");
        link.rel = "manifest";
        link.href = "/manifest.webmanifest";
        document.head.append(link);
      }
      const { Workbox } = await import("workbox-window");
      const wb = new Workbox("/sw.js");
      // First install: the worker takes control of this page (clientsClaim); keep what this page
      // already loaded before it did, then say the site now works offline.
      wb.addEventListener("controlling", (event) => {
        if (event.isUpdate) return;
        void keepThisPage(wb).then(() => {
          if (live) setReady(true);
        });
      });
      wb.addEventListener("waiting", () => {
        if (!live) return;
        setUpdate(() => () => {
          wb.addEventListener("controlling", () => {
            window.location.reload();
          });
          wb.messageSkipWaiting();
        });
      });
      await wb.register();
    };
    // Offline reading is a bonus: where service workers are refused (private windows, storage
    // switched off, a blocked test browser), the site simply works online only.
    const startSafely = () => {
      start().catch(() => undefined);
    };
    // Not urgent: registering (and the worker's first download) waits until the page has been ready
    // for a few seconds and the browser is idle, so it never competes with the reader's first taps.
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      if ("requestIdleCallback" in window) idle = window.requestIdleCallback(startSafely, { timeout: 5000 });
      else startSafely();
    }, REGISTER_AFTER_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);

  // The offline notice and the update prompt sit in a bar fixed to the bottom of the screen, and the
  // "works offline" note at the end of the page: none of them moves the page's content (no layout
  // shift), and none becomes the largest thing painted on the first screen.
  return (
    <div className="site-status" role="status">
      {!online || update ? (
        <div className="site-status__bar">
          {!online ? <p className="site-status__message">{t("offline.offline")}</p> : null}
          {update ? (
            <p className="site-status__message">
              {t("offline.updateAvailable")}{" "}
              <button type="button" className="button" onClick={update}>
                {t("offline.reload")}
              </button>{" "}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setUpdate(null);
                }}
              >
                {t("offline.later")}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {ready && online ? <p className="site-status__ready">{t("offline.ready")}</p> : null}
    </div>
  );
}
