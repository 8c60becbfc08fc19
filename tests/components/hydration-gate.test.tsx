import { Suspense } from "react";
import { act } from "@testing-library/react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HydrationGate, openHydrationGates } from "../../src/components/hydration-gate";

// jsdom lays nothing out and has no IntersectionObserver: each part is placed by hand (one far
// below the screen), and the test plays the observer's part.
const observed = new Set<Element>();
let notify: ((entries: { target: Element; isIntersecting: boolean }[]) => void) | null = null;
class FakeObserver {
  constructor(callback: typeof notify) {
    notify = callback;
  }
  observe(element: Element) {
    observed.add(element);
  }
  unobserve(element: Element) {
    observed.delete(element);
  }
  disconnect() {
    observed.clear();
  }
}

/** Brings an element near the screen, as the browser's observer would report it. */
async function scrollNear(element: Element) {
  await act(async () => {
    notify?.([{ target: element, isIntersecting: true }]);
    await Promise.resolve();
  });
}

/** Whether React has taken over this prerendered element (hydrated it). */
const hydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"));

function Part({ id, label, onPress }: { id: string; label: string; onPress: () => void }) {
  return (
    <Suspense fallback={null}>
      <HydrationGate elementId={id} />
      <section id={id}>
        <button type="button" onClick={onPress}>
          {label}
        </button>
      </section>
    </Suspense>
  );
}

let ids = 0;
/** A prerendered page with one part on the first screen and one far below it, then hydrated. */
async function prerenderedPage(label = "Read") {
  ids += 1;
  const near = `near-${String(ids)}`;
  const far = `far-${String(ids)}`;
  const pressed: string[] = [];
  const page = (text: string) => (
    <div>
      <Part id={near} label={text} onPress={() => pressed.push(near)} />
      <Part id={far} label={text} onPress={() => pressed.push(far)} />
    </div>
  );
  const container = document.createElement("div");
  container.innerHTML = renderToString(page(label));
  document.body.append(container);
  const place = (id: string, top: number) => {
    const element = container.querySelector(`#${id}`);
    if (!element) throw new Error(`no #${id}`);
    element.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 300, height: 200 });
    return element;
  };
  const nearPart = place(near, 100);
  const farPart = place(far, 10 * window.innerHeight);
  const farButton = farPart.querySelector("button") as HTMLButtonElement;
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, page(label));
    await Promise.resolve();
  });
  return {
    nearPart,
    farPart,
    farButton,
    pressed,
    /** The far part as it is now (an element React drew afresh replaces the prerendered one). */
    farNow: () => container.querySelector(`#${far}`),
    rerender: (text: string) => root?.render(page(text)),
  };
}

beforeEach(() => {
  vi.stubGlobal("IntersectionObserver", FakeObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("HydrationGate: parts far below the screen hydrate when the reader nears them", () => {
  it("hydrates what is on screen at once and keeps the far part's prerendered HTML until it nears the screen", async () => {
    const { nearPart, farPart, farButton } = await prerenderedPage();
    expect(hydrated(nearPart.querySelector("button") as Element)).toBe(true);
    expect(hydrated(farButton)).toBe(false);
    expect(observed.has(farPart)).toBe(true);
    expect(farPart).toHaveTextContent("Read");

    await scrollNear(farPart);
    expect(hydrated(farButton)).toBe(true);
    // The same element, now React's: nothing was thrown away and drawn again.
    expect(farPart.querySelector("button")).toBe(farButton);
    expect(observed.has(farPart)).toBe(false);
  });

  it("a click on a far part that has not hydrated yet still reaches it, once", async () => {
    const { farButton, pressed } = await prerenderedPage();
    expect(hydrated(farButton)).toBe(false);
    await act(async () => {
      farButton.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      await Promise.resolve();
    });
    expect(pressed.filter((id) => id.startsWith("far"))).toHaveLength(1);
  });

  it("focus moving into a far part (keyboard, screen reader) hydrates it", async () => {
    const { farButton } = await prerenderedPage();
    await act(async () => {
      farButton.focus();
      await Promise.resolve();
    });
    expect(hydrated(farButton)).toBe(true);
  });

  it("never leaves a part blank: new words reaching a far part before it hydrated are shown", async () => {
    const { farNow, rerender } = await prerenderedPage("Read");
    await act(async () => {
      rerender("Lesen");
      await Promise.resolve();
    });
    expect(farNow()).toHaveTextContent("Lesen");
  });

  it("opens every gate at the first in-app navigation", async () => {
    const { farButton } = await prerenderedPage();
    await act(async () => {
      openHydrationGates();
      await Promise.resolve();
    });
    expect(hydrated(farButton)).toBe(true);
    expect(observed.size).toBe(0);
  });

  it("does nothing where the browser has no IntersectionObserver: everything hydrates at once", async () => {
    vi.unstubAllGlobals();
    vi.stubGlobal("IntersectionObserver", undefined);
    const { farButton } = await prerenderedPage();
    expect(hydrated(farButton)).toBe(true);
  });
});
