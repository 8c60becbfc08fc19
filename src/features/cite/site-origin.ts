let serverOrigin: string | null = null;

/** The prerender sets the site's origin (SITE_ORIGIN, or null) before rendering. */
export function setServerSiteOrigin(origin: string | null): void {
  serverOrigin = origin;
}

/**
 * The site's public origin: in the browser, as the prerender wrote it into the
 * page (<meta name="site-origin">); null in a build without one, which names no address.
 */
export function siteOrigin(): string | null {
  if (typeof document === "undefined") return serverOrigin;
  return document.querySelector<HTMLMetaElement>('meta[name="site-origin"]')?.content ?? null;
}
