import { Outlet, type RouteObject } from "react-router";
import { SECTION_IDS } from "../content/schema";
import { Layout } from "./layout/layout";
import type { RouteHandle } from "./page-meta";
import { langLoader, rootLoader } from "./root-loader";
import { AboutPage } from "./routes/about-page";
import { ChooseLanguagePage } from "./routes/choose-language-page";
import { HomePage } from "./routes/home-page";
import { MethodologyPage } from "./routes/methodology-page";
import { NotFoundPage } from "./routes/not-found-page";
import { RouteError } from "./routes/route-error";
import { SectionPage } from "./routes/section-page";
import { SourcesPage } from "./routes/sources-page";

const handle = (page: RouteHandle["page"]): RouteHandle => ({ page });

/** The one route table, used by the browser, the tests and the prerender. */
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
              { index: true, element: <HomePage />, handle: handle("home") },
              ...SECTION_IDS.map((id) => ({
                path: id,
                element: <SectionPage section={id} />,
                handle: handle(id),
              })),
              { path: "methodology", element: <MethodologyPage />, handle: handle("methodology") },
              { path: "sources", element: <SourcesPage />, handle: handle("sources") },
              { path: "about", element: <AboutPage />, handle: handle("about") },
              { path: "*", element: <NotFoundPage />, handle: handle("notFound") },
            ],
          },
        ],
      },
    ],
  },
];
