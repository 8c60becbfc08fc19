import type { ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation";

/** A link that leaves the site: opens safely and says so to every reader. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a className="external-link" href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden"> {t("externalLink")}</span>
      <span className="external-link__mark" aria-hidden="true">
        ↗
      </span>
    </a>
  );
}
