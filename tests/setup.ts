import "@testing-library/jest-dom/vitest";
import { afterEach, expect } from "vitest";
import { cleanup } from "@testing-library/react";

// A warning or error in the console is a defect a reader's browser would show too (React's
// hydration errors, React Router's warnings): any test that logs one fails. A test that
// provokes one on purpose mocks console itself and checks it.
const warnings: string[] = [];
for (const level of ["warn", "error"] as const) {
  const log = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    warnings.push(`${level}: ${args.map(String).join(" ")}`);
    log(...args);
  };
}

// Without `globals: true` Testing Library does not clean up by itself.
afterEach(() => {
  cleanup();
  localStorage.clear();
  expect(warnings.splice(0), "console warnings and errors during this test").toEqual([]);
});

// jsdom does not lay out pages: scrolling is a no-op here (browsers are tested in tests/e2e).
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => {};
