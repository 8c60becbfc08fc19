import { render, screen } from "@testing-library/react";
import { StrictMode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { routes } from "../src/app/routes";
import { i18n } from "../src/i18n";

/** Renders the real route table at a path (in StrictMode, as main.tsx does, when asked) and waits for the page's <h1>. */
export async function renderRoute(path: string, { strict = false } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const app = <RouterProvider router={router} />;
  const view = render(strict ? <StrictMode>{app}</StrictMode> : app);
  await screen.findByRole("heading", { level: 1 }, { timeout: 8000 });
  return { ...view, router };
}

/** A translated string, as the reader sees it in a language. */
export function tr(lang: string, key: string, options: Record<string, unknown> = {}): string {
  return i18n.getFixedT(lang)(key, options);
}
