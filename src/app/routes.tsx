import { Outlet, type RouteObject } from "react-router";
import { SECTION_IDS } from "../content/schema";
import { loadSourceDetails } from "../content/sources";
import { claimLoader } from "./claim-loader";
import { Layout } from "./layout/layout";
import type { RouteHandle } from "./page-meta";
import { langLoader, rootLoader } from "./root-loader";
import { RouteError } from "./routes/route-error";

const handle = (page: RouteHandle["page"]): RouteHandle => ({ page });

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
    element: <Outlet />,
    errorElement: <RouteError />,
    hydrateFallbackElement: null,
    children: [
      {
        index: true,
        handle: handle("chooseLanguage"),
        lazy: async () => ({ Component: (await import("./routes/choose-language-page")).ChooseLanguagePage }),
      },
      {
        id: "lang",
        path: ":lang",
        loader: langLoader,
        errorElement: <RouteError />,
        children: [
          {
            element: <Layout />,
            children: [
              {
                index: true,
                handle: handle("home"),
                lazy: async () => ({ Component: (await import("./routes/home-page")).HomePage }),
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
                lazy: async () => ({ Component: (await import("./routes/claims-page")).ClaimsPage }),
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
                path: "article",
                handle: handle("article"),
                lazy: async () => ({ Component: (await import("./routes/article-page")).ArticlePage }),
              },
              {
                path: "glossary",
                handle: handle("glossary"),
                lazy: async () => ({ Component: (await import("./routes/glossary-page")).GlossaryPage }),
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
                lazy: async () => ({ Component: (await import("./routes/help-page")).HelpPage }),
              },
              {
                path: "methodology",
                handle: handle("methodology"),
                lazy: async () => ({ Component: (await import("./routes/methodology-page")).MethodologyPage }),
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
                lazy: async () => ({ Component: (await import("./routes/about-page")).AboutPage }),
              },
              {
                path: "*",
                handle: handle("notFound"),
                lazy: async () => ({ Component: (await import("./routes/not-found-page")).NotFoundPage }),
              },
            ],
          },
        ],
      },
    ],
  },
];
