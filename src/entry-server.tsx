import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { routes } from "./app/routes";
import { pageMeta, type RouteHandle } from "./app/page-meta";
import { i18n } from "./i18n";
import { preloadDeferred } from "./components/deferred";
import { jsonLdScript, pageClaims, pageLastReviewed, structuredData } from "./app/structured-data";
import { loadSourceDetails } from "./content/sources";
import { setServerSiteOrigin } from "./features/cite/site-origin";
import { shareCard, type ShareCard } from "./app/share-card";
import { isLang, languageOf } from "./i18n/languages";

export { LANGUAGES, NAMESPACES, SHIPPED, languageOf } from "./i18n/languages";
export { PAGE_SLUGS, alternates, claimRest, paths } from "./config/paths";
export { claims } from "./content/claims";

const handler = createStaticHandler(routes);

export interface Rendered {
  html: string;
  /** The router state to hydrate with, as JSON for a non-executable script (allowed by a strict CSP). */
  hydrationJson: string;
  status: number;
  title: string;
  description: string;
  /** The page's structured data as a data script (empty for a not-found page). */
  jsonLd: string;
  /** When the page was last reviewed (ISO date): the sitemap's lastmod. */
  lastReviewed: string;
  /** What the page's share card shows (drawn by the prerender), or null for a page with none. */
  card: ShareCard | null;
}

export interface RenderOptions {
  /** The site's public origin (SITE_ORIGIN), or null for a build that must name no address. */
  origin: string | null;
}

/** Renders one URL of the route table to HTML, as the prerender writes it to dist/. */
export async function render(url: string, { origin }: RenderOptions = { origin: null }): Promise<Rendered> {
  setServerSiteOrigin(origin);
  const context = await handler.query(new Request(new URL(url, "http://localhost")));
  if (context instanceof Response) throw new Error(`unexpected redirect at ${url}`);
  // Deferred parts of the page (selective hydration) are rendered inline, not streamed in by script.
  await preloadDeferred();
  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
    // Never "outline" a large Suspense boundary to be revealed later by an inline script:
    // each file is written whole, and the CSP allows no inline script.
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  const last = context.matches.at(-1);
  const handle = last?.route.handle as RouteHandle | undefined;
  const unknownLanguage = context.statusCode === 404 && handle?.page !== "claim";
  const page = unknownLanguage ? "unknownLanguage" : (handle?.page ?? "notFound");
  const claimId = last?.params.id;
  const { title, description } = pageMeta(i18n.t, page, claimId);
  // A not-found page (the catch-all route renders with status 200) describes nothing.
  const found = context.statusCode === 200 && page !== "notFound" && page !== "unknownLanguage";
  const jsonLd = found
    ? jsonLdScript(
        structuredData({
          t: i18n.t,
          lang: i18n.language,
          page,
          claimId,
          path: url,
          origin,
          title,
          description,
          details: await loadSourceDetails(),
        }),
      )
    : "";
  const hydrationJson = JSON.stringify({ loaderData: context.loaderData, actionData: context.actionData }).replace(
    /</g,
    "\\u003c",
  );
  return {
    html: Buffer.concat(chunks).toString("utf8"),
    hydrationJson,
    status: context.statusCode,
    title,
    description,
    jsonLd,
    lastReviewed: pageLastReviewed(pageClaims(page, claimId)),
    card:
      found && isLang(i18n.language)
        ? shareCard(i18n.t, i18n.language, languageOf(i18n.language).dir, page, claimId)
        : null,
  };
}
