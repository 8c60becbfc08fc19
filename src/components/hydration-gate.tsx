import { use } from "react";
import { useHydrated } from "../hooks/use-hydrated";

/**
 * Hydration when near: a prerendered part of a long page that is far below the
 * reader's screen keeps its HTML as it is (readable, links working as plain
 * links) and is hydrated only when it comes within a screen of the viewport, or
 * at once when the reader points at, focuses or clicks something in it. On a
 * phone a section page shows one or two of its claims at first. Measured here
 * (Lighthouse, 5 alternating runs): main-thread CPU time after first paint fell
 * by 25-37 ms (12-16 %) on section pages. Not for very many parts at once: with
 * the 77 far entries of the bibliography waiting, React's single commit of them
 * took ~15 ms, a longer task than any it saved (so that page hydrates them all).
 *
 * How: <HydrationGate elementId /> sits first inside a Suspense boundary and
 * renders nothing. While React hydrates that boundary, the gate suspends on a
 * promise that resolves when the element with that id nears the viewport; React
 * then leaves the boundary's server HTML in place and hydrates it when the promise
 * resolves. Outside hydration (client renders, or React rendering the boundary
 * afresh because an update reached it first) the gate never suspends, so nothing
 * can stay blank.
 */
export function HydrationGate({ elementId }: { elementId: string }): null {
  const hydrated = useHydrated();
  if (!hydrated) {
    const gate = pendingGate(elementId);
    if (gate) use(gate.promise);
  }
  return null;
}

/** How far from the viewport a part is hydrated ahead of the reader: one screen above and below. */
const AHEAD = "100% 0px";

interface Gate {
  element: Element;
  promise: Promise<void>;
  resolve: () => void;
  opened: boolean;
}

/** The gates by element id. An opened one stays: React reads its promise as fulfilled from then on. */
const gates = new Map<string, Gate>();
let observer: IntersectionObserver | undefined;

function open(id: string): void {
  const gate = gates.get(id);
  if (!gate || gate.opened) return;
  gate.opened = true;
  observer?.unobserve(gate.element);
  // React's thenable fields, set before resolving: React hydrating within this same event (a
  // click it replays on the part) reads the promise as fulfilled at once.
  void Object.assign(gate.promise, { status: "fulfilled", value: undefined });
  gate.resolve();
}

/** Opens the gate of the part the reader is reaching for, before React handles the event. */
function openAround(event: Event): void {
  for (let node = event.target as Element | null; node?.id !== undefined; node = node.parentElement) open(node.id);
}

/** The gate of a prerendered element that was far from the viewport, or undefined to hydrate now. */
function pendingGate(id: string): Gate | undefined {
  if (gates.has(id) || typeof IntersectionObserver === "undefined") return gates.get(id);
  const element = document.getElementById(id);
  const rect = element?.getBoundingClientRect();
  if (!element || !rect || (rect.bottom > -innerHeight && rect.top < 2 * innerHeight)) return undefined;
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) open(entry.target.id);
      },
      { rootMargin: AHEAD },
    );
    for (const type of ["pointerdown", "focusin", "click"]) document.addEventListener(type, openAround, true);
  }
  let resolve!: () => void;
  const gate = { element, promise: new Promise<void>((r) => (resolve = r)), resolve, opened: false };
  gates.set(id, gate);
  observer.observe(element);
  return gate;
}

/**
 * Opens every gate and stops watching (after in-app navigation: the parts left
 * are gone or about to be rendered again, and their elements must not be kept).
 */
export function openHydrationGates(): void {
  for (const id of gates.keys()) open(id);
  observer?.disconnect();
}
