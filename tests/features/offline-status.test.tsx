import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setLanguage } from "../../src/i18n";
import { tr } from "../render-route";

type Listener = (event: { isUpdate?: boolean }) => void;

/** A stand-in for Workbox's window helper that lets the test play the service worker's part. */
const worker = vi.hoisted(() => ({
  listeners: new Map<string, Listener[]>(),
  skipWaiting: vi.fn(),
  message: vi.fn<(data: unknown) => Promise<boolean>>(() => Promise.resolve(true)),
  refuse: false,
  emit(type: string, event: { isUpdate?: boolean } = {}) {
    for (const l of this.listeners.get(type) ?? []) l(event);
  },
}));

vi.mock("workbox-window", () => ({
  Workbox: class {
    addEventListener(type: string, listener: Listener) {
      worker.listeners.set(type, [...(worker.listeners.get(type) ?? []), listener]);
    }
    messageSkipWaiting() {
      worker.skipWaiting();
    }
    messageSW(data: unknown) {
      return worker.message(data);
    }
    register() {
      return worker.refuse ? Promise.reject(new TypeError("registration refused")) : Promise.resolve(undefined);
    }
  },
}));

const { OfflineStatusPanel, REGISTER_AFTER_MS } = await import("../../src/features/offline/offline-status-panel");

beforeAll(async () => {
  await setLanguage("en");
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  worker.listeners.clear();
});

async function renderRegistered() {
  vi.stubEnv("PROD", true);
  Object.defineProperty(navigator, "serviceWorker", { value: {}, configurable: true });
  vi.useFakeTimers();
  render(<OfflineStatusPanel />);
  await act(async () => {
    await vi.advanceTimersByTimeAsync(REGISTER_AFTER_MS + 100);
  });
  vi.useRealTimers();
}

describe("offline status", () => {
  it("says when the site can be read offline after the first visit, not after an update", async () => {
    // The page's own text chunks are handed to the worker to store (not fetched by the page).
    vi.spyOn(performance, "getEntriesByType").mockReturnValue([
      { name: `${location.origin}/assets/claims-abc.js` },
      { name: "https://elsewhere.example/assets/x.js" },
    ] as unknown as PerformanceEntryList);
    await renderRegistered();
    act(() => {
      worker.emit("controlling", { isUpdate: true });
    });
    expect(screen.queryByText(tr("en", "tools:offline.ready"))).toBeNull();
    act(() => {
      worker.emit("controlling", { isUpdate: false });
    });
    expect(await screen.findByText(tr("en", "tools:offline.ready"))).toBeInTheDocument();
    expect(worker.message).toHaveBeenCalledWith({
      type: "CACHE_URLS",
      payload: { urlsToCache: ["/assets/claims-abc.js"] },
    });
  });

  it("asks before showing updated content, and only then activates the new version", async () => {
    await renderRegistered();
    act(() => {
      worker.emit("waiting");
    });
    expect(screen.getByText(tr("en", "tools:offline.updateAvailable"))).toBeInTheDocument();
    expect(worker.skipWaiting).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: tr("en", "tools:offline.reload") }));
    expect(worker.skipWaiting).toHaveBeenCalledOnce();
  });

  it("where the browser refuses service workers, stays quiet and raises no error", async () => {
    worker.refuse = true;
    const onError = vi.fn();
    window.addEventListener("unhandledrejection", onError);
    await renderRegistered();
    await act(() => Promise.resolve());
    window.removeEventListener("unhandledrejection", onError);
    worker.refuse = false;
    expect(onError).not.toHaveBeenCalled();
    expect(screen.queryByText(tr("en", "tools:offline.ready"))).toBeNull();
  });

  it("says so while offline: the copy shown may be out of date", () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    render(<OfflineStatusPanel />);
    expect(screen.getByText(tr("en", "tools:offline.offline"))).toBeInTheDocument();
  });
});
