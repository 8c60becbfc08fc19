import { useEffect } from "react";
import { useTranslation } from "../i18n/use-translation";
import { reloadOnce } from "../components/load-failure";

/**
 * Shown when a page's code or text could not be loaded (after a deploy, see
 * components/load-failure.ts) while the page loads itself again; and, if it may
 * not (already tried, or offline), with a link that does. Built only from code and
 * text every page has already loaded, so it can always be shown.
 */
export function LoadFailed() {
  const { t } = useTranslation("pages");
  useEffect(() => {
    reloadOnce();
  }, []);
  return (
    <main id="main" className="main" tabIndex={-1}>
      <h1>{t("error.title")}</h1>
      <p className="lead">{t("error.body")}</p>
      <p>
        {/* A plain link: a full load of this address, not an in-app navigation. Never prerendered. */}
        <a href={location.href}>{t("error.reload")}</a>
      </p>
    </main>
  );
}
