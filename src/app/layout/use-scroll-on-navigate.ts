import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After an in-app navigation: scroll to the #anchor if there is one, otherwise to
 * the top, and move focus to the new page's main heading so screen-reader users
 * hear where they are. The first render is left to the browser.
 */
export function useScrollOnNavigate(): void {
  const { pathname, hash } = useLocation();
  // The place the page was last shown at, not a "first render" flag: StrictMode runs effects
  // twice on mount in development, and a flag made the second run move focus to the heading.
  const shown = useRef(`${pathname}${hash}`);
  useEffect(() => {
    if (shown.current === `${pathname}${hash}`) return;
    shown.current = `${pathname}${hash}`;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView();
      return;
    }
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [pathname, hash]);
}
