import { Outlet, type RouteObject } from "react-router";
import { SECTION_IDS } from "../content/schema";
import { loadSourceDetails } from "../content/sources";
import { Layout } from "./layout/layout";
import type { RouteHandle } from "./page-meta";
import { langLoader, rootLoader } from "./root-loader";
import { ChooseLanguagePage } from "./routes/choose-language-page";
import { NotFoundPage } from "./routes/not-found-page";
import { RouteError } from "./routes/route-error";

const handle = (page: RouteHandle["page"]): RouteHandle => ({ page });

/**
 * The one route table, used by the browser, the tests and the prerender. Each
 * content page is its own chunk (lazy); main.tsx loads the current page's chunk
 * before hydrating.
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
      { index: true, element: <ChooseLanguagePage />, handle: handle("chooseLanguage") },
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
              { path: "*", element: <NotFoundPage />, handle: handle("notFound") },
            ],
          },
        ],
      },
    ],
  },
];
