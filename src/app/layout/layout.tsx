import { Outlet, useMatches, useParams } from "react-router";
import type { RouteHandle } from "../page-meta";
import { useDocumentMeta } from "../use-document-meta";
import { useLang } from "../../features/language/use-lang";
import { deferred } from "../../components/deferred";
import { SiteHeader } from "./site-header";
import { SkipLink } from "../../components/ui/skip-link";
import { useScrollOnNavigate } from "./use-scroll-on-navigate";

/** Below every page's first screen: its code loads after hydration starts (selective hydration). */
const SiteFooter = deferred(async () => (await import("./site-footer")).SiteFooter);

/** The frame of every page in a language: skip link, header, main, footer. */
export function Layout() {
  const lang = useLang();
  const matches = useMatches();
  const handle = matches.at(-1)?.handle as RouteHandle | undefined;
  const { id } = useParams();
  useDocumentMeta(lang, handle?.page ?? "notFound", id);
  useScrollOnNavigate();
  return (
    <>
      <SkipLink />
      <SiteHeader lang={lang} />
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
