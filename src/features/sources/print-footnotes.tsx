import { Suspense, lazy, useEffect, useState } from "react";
import type { Claim } from "../../content/schema";

// For print only: if its code is gone after a deploy, the page prints without footnotes (never reloads for them).
const FootnoteList = lazy(() =>
  import("./footnote-list").then(
    (m) => ({ default: m.FootnoteList }),
    () => ({ default: () => null }),
  ),
);

/**
 * For print only: the sources a page's claims cite, as numbered footnotes.
 * Neither their code nor the bibliographic details are needed to read the page
 * on screen, so both load when the browser is idle after the page is ready
 * (never in the prerendered HTML, which hydration must match).
 */
export function PrintFootnotes({ claims }: { claims: readonly Claim[] }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => {
      setIdle(true);
    };
    // Safari has no requestIdleCallback.
    if ("requestIdleCallback" in window) {
      const handle = window.requestIdleCallback(done, { timeout: 5000 });
      return () => {
        window.cancelIdleCallback(handle);
      };
    }
    const timer = globalThis.setTimeout(done, 2000);
    return () => {
      globalThis.clearTimeout(timer);
    };
  }, []);
  return idle ? (
    <Suspense fallback={null}>
      <FootnoteList claims={claims} />
    </Suspense>
  ) : null;
}
