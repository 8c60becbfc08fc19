import { Suspense, lazy } from "react";
import { Outlet, useRouteError, type RouteObject } from "react-router";
import { isLoadFailure } from "../components/load-failure";
import { LoadFailed } from "./load-failed";
import { SECTION_IDS } from "../content/schema";
import { TranslationProvider } from "../i18n/use-translation";
import { loadSourceDetails } from "../content/sources";
import { claimLoader } from "./claim-loader";
import { Layout } from "./layout/layout";
import type { RouteHandle } from "./page-meta";
import { langLoader, rootLoader } from "./root-loader";

function NothingYet(): null {
  return null;
}

const handle = (page: RouteHandle["page"]): RouteHandle => ({ page });

/**
 * Unknown language or a failed loader: never part of a prerendered page, so its code loads only
 * when needed. A page whose code or text could not be loaded (after a deploy) shows LoadFailed,
 * which reloads it; so does a failure to load this view's own code.
 */
const LazyRouteError = lazy(() =>
  import("./routes/route-error").then(
    (m) => ({ default: m.RouteError }),
    () => ({ default: LoadFailed }),
  ),
);
function RouteErrorGate() {
  return isLoadFailure(useRouteError()) ? (
    <LoadFailed />
  ) : (
    <Suspense fallback={null}>
      <LazyRouteError />
    </Suspense>
  );
}
const routeError = <RouteErrorGate />;

/**
 * The one route table, used by the browser, the tests and the prerender. Every
 * page, including the language picker and the 404, is its own chunk (lazy), so
 * the code every page loads holds only the frame; main.tsx loads the current
 * page's chunk before hydrating.
 */
export const routes: RouteObject[] = [
  {
    id: "root",
    path: "/",
    loader: rootLoader,
    element: (
      <TranslationProvider>
        <Outlet />
      </TranslationProvider>
    ),
    errorElement: routeError,
    // Shown (as nothing) only while a page with no prerendered HTML loads its first route: the
    // dev server, or a static host's bare shell. A component, not `hydrateFallbackElement: null`,
    // which React Router does not count as one and warns about.
    HydrateFallback: NothingYet,
    children: [
      {
        index: true,
        handle: handle("chooseLanguage"),
        lazy: () => import("./routes/choose-language-page").then((m) => ({ Component: m.ChooseLanguagePage })),
      },
      {
        id: "lang",
        path: ":lang",
        loader: langLoader,
        errorElement: routeError,
        children: [
          {
            element: <Layout />,
            children: [
              {
                index: true,
                handle: handle("home"),
                lazy: () => import("./routes/home-page").then((m) => ({ Component: m.HomePage })),
              },
              ...SECTION_IDS.map((id) => ({
                path: id,
                handle: handle(id),
                lazy: async () => {
                  const { SectionPage } = await import("./routes/section-page");
                  return { element: <SectionPage section={id} /> };
                },
              })),
              {
                path: "claims",
                handle: handle("claims"),
                lazy: () => import("./routes/claims-page").then((m) => ({ Component: m.ClaimsPage })),
              },
              {
                path: "claims/:id",
                handle: handle("claim"),
                loader: claimLoader,
                lazy: async () => {
                  const [page] = await Promise.all([import("./routes/claim-page"), loadSourceDetails()]);
                  return { Component: page.ClaimPage, ErrorBoundary: page.ClaimNotFound };
                },
              },
              {
                path: "check",
                handle: handle("check"),
                lazy: () => import("./routes/check-page").then((m) => ({ Component: m.CheckPage })),
              },
              {
                path: "article",
                handle: handle("article"),
                lazy: () => import("./routes/article-page").then((m) => ({ Component: m.ArticlePage })),
              },
              {
                path: "glossary",
                handle: handle("glossary"),
                lazy: () => import("./routes/glossary-page").then((m) => ({ Component: m.GlossaryPage })),
              },
              {
                path: "summary",
                handle: handle("summary"),
                lazy: async () => {
                  const [page] = await Promise.all([import("./routes/summary-page"), loadSourceDetails()]);
                  return { Component: page.SummaryPage };
                },
              },
              {
                path: "help",
                handle: handle("help"),
                lazy: () => import("./routes/help-page").then((m) => ({ Component: m.HelpPage })),
              },
              {
                path: "methodology",
                handle: handle("methodology"),
                lazy: () => import("./routes/methodology-page").then((m) => ({ Component: m.MethodologyPage })),
              },
              {
                path: "sources",
                handle: handle("sources"),
                lazy: async () => {
                  const [page] = await Promise.all([import("./routes/sources-page"), loadSourceDetails()]);
                  return { Component: page.SourcesPage };
                },
              },
              {
                path: "about",
                handle: handle("about"),
                lazy: () => import("./routes/about-page").then((m) => ({ Component: m.AboutPage })),
              },
              {
                path: "*",
                handle: handle("notFound"),
                lazy: () => import("./routes/not-found-page").then((m) => ({ Component: m.NotFoundPage })),
              },
            ],
          },
        ],
      },
    ],
  },
];
