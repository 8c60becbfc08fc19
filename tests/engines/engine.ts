// What the smoke suite needs from a browser, whatever protocol drives it:
// Firefox through WebDriver BiDi (puppeteer-core), WebKitGTK through classic
// WebDriver (selenium-webdriver and WebKitWebDriver).

/** The keys the suite presses. */
export type Key = "Enter" | "Space" | "Escape" | "Tab";

/** One tab of the engine under test, on the built site. */
export interface EnginePage {
  /** Opens an address of the site (a path) and waits for its load event. */
  goto(path: string): Promise<void>;
  /** Runs a function in the page and returns its (JSON-serialisable) result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Moves focus to the first element matching a CSS selector. */
  focus(selector: string): Promise<void>;
  /** Presses and releases one key, as a reader's keyboard does, on the focused element. */
  press(key: Key): Promise<void>;
  /** Clicks the first element matching a CSS selector, as a pointer does. */
  click(selector: string): Promise<void>;
  /** What went wrong so far, from every document this tab showed; empties the list. */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** A running engine. */
export interface EngineBrowser {
  /** e.g. "Firefox 153.8.0esr" or "WebKitGTK 2.50.6". */
  readonly version: string;
  newPage(baseURL: string): Promise<EnginePage>;
  close(): Promise<void>;
}

/**
 * The loopback ports the suites use, from ENGINES_PORT (default 4470): the
 * site, then WebKitWebDriver, Firefox's WebDriver BiDi endpoint and
 * MiniBrowser's automation (inspector) endpoint.
 */
const base = Number(process.env.ENGINES_PORT ?? 4470);
export const PORTS = { site: base, webkitDriver: base + 1, firefoxBidi: base + 2, webkitInspector: base + 3 };

/** Rejects when a step takes longer than `ms`, so a stuck browser cannot hang the run. */
export async function within<T>(ms: number, what: string, step: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what}: no answer within ${ms / 1000} s`));
    }, ms);
  });
  try {
    return await Promise.race([step, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Brings an element to the middle of the screen, as a reader scrolls to what they want to click, and
 * waits for the next frame. WebKitWebDriver's own scrolling cannot reach an element whose claim card is
 * still skipped by `content-visibility: auto` (it answers "element not interactable").
 */
export function scrollToMiddle(element: Element): Promise<void> {
  element.scrollIntoView({ block: "center", inline: "center" });
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        resolve();
      });
    });
  });
}

/** Reads and empties the list the error probe (probe.browser.js) keeps in the page. */
export function takeProbeLog(): string[] {
  const probe = (window as unknown as { __engineProbe?: { take(): string[] } }).__engineProbe;
  if (!location.protocol.startsWith("http")) return []; // about:blank before the first page
  return probe ? probe.take() : [`${location.pathname}: the error probe is missing (page not served by serve.mjs?)`];
}
