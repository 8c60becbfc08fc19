import "@testing-library/jest-dom/vitest";
import { afterEach, expect } from "vitest";
import { cleanup } from "@testing-library/react";

// A warning in the console is a defect a reader's browser would show too (React Router's and
// React's warnings come once per page load): any test that logs one fails.
const warnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(" "));
  warn(...args);
};

// Without `globals: true` Testing Library does not clean up by itself.
afterEach(() => {
  cleanup();
  localStorage.clear();
  expect(warnings.splice(0), "console warnings during this test").toEqual([]);
});

// jsdom does not lay out pages: scrolling is a no-op here (browsers are tested in tests/e2e).
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => {};
