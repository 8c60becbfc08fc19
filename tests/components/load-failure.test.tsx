import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isLoadFailure, reloadIfLoadFailed, reloadOnce } from "../../src/components/load-failure";
import { routes } from "../../src/app/routes";
import { renderRoute } from "../render-route";

// jsdom cannot reload: stand in for location.reload and count the calls.
let reloads = 0;
const { origin } = window.location;
const at = (pathname: string) => ({
  origin,
  pathname,
  href: `${origin}${pathname}`,
  reload: () => {
    reloads += 1;
  },
});
beforeEach(() => {
  reloads = 0;
  sessionStorage.clear();
  vi.stubGlobal("location", at("/en/glossary"));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const chromium = new TypeError("Failed to fetch dynamically imported module: http://x/assets/a-1.js");
const firefox = new TypeError("error loading dynamically imported module: http://x/assets/a-1.js");
const webkit = new TypeError("Importing a module script failed.");

describe("a failed load of code or text after a deploy", () => {
  it("is recognised in each engine's wording, and nothing else is", () => {
    for (const e of [chromium, firefox, webkit]) expect(isLoadFailure(e)).toBe(true);
    for (const e of [
      new Error("boom"),
      new TypeError("x is undefined"),
      "Failed to fetch dynamically imported module",
      null,
    ])
      expect(isLoadFailure(e)).toBe(false);
  });

  it("reloads the address once per session, never again for the same address (no loop)", () => {
    expect(reloadOnce()).toBe(true);
    expect(reloadOnce()).toBe(false);
    expect(reloads).toBe(1);
    vi.stubGlobal("location", at("/en/dosage"));
    expect(reloadOnce()).toBe(true);
    expect(reloads).toBe(2);
  });

  it("never reloads while offline or without session storage (no guard, so no reload)", () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    expect(reloadOnce()).toBe(false);
    vi.restoreAllMocks();
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(reloadOnce()).toBe(false);
    expect(reloads).toBe(0);
  });

  it("for a promise's catch: reloads on a failed load, passes any other error on", () => {
    expect(() => reloadIfLoadFailed(chromium)).not.toThrow();
    expect(reloads).toBe(1);
    expect(() => reloadIfLoadFailed(chromium)).toThrow(chromium);
    expect(() => reloadIfLoadFailed(new Error("boom"))).toThrow("boom");
  });
});

describe("a page whose code is gone", () => {
  it("shows a view made of loaded code and text, with a link that loads the page again, and reloads once", async () => {
    const glossary = routes[0]?.children?.[1]?.children?.[0]?.children?.find((r) => r.path === "glossary");
    if (!glossary) throw new Error("no glossary route");
    const lazy = glossary.lazy;
    glossary.lazy = () => Promise.reject(chromium);
    try {
      await renderRoute("/en/glossary");
    } finally {
      glossary.lazy = lazy;
    }
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Something went wrong");
    expect(screen.getByRole("link", { name: "Load this page again" })).toHaveAttribute(
      "href",
      `${window.location.origin}/en/glossary`,
    );
    // The reload is an effect, which React may run a moment after the view is on screen (a busy machine).
    await vi.waitFor(() => expect(reloads).toBe(1));
  });
});
