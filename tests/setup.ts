import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// Without `globals: true` Testing Library does not clean up by itself.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom does not lay out pages: scrolling is a no-op here (browsers are tested in tests/e2e).
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => {};
