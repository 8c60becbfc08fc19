import { useTranslation } from "react-i18next";
import { helpLineId, helpLinesFor, telHref, whoDirectory } from "../../content/help-lines";
import { ExternalLink } from "../../components/ui/external-link";

/**
 * Where to get help: verified numbers only (src/content/help-lines.json),
 * always with the advice to call the local emergency number.
 */
export function HelpLines({ region = "US" }: { region?: string }) {
  const { t } = useTranslation();
  const lines = helpLinesFor(region);
  return (
    <div className="help-lines">
      <p className="help-lines__emergency">
        <strong>{t("help.emergency")}</strong>
      </p>
      <p>{t(`help.regionIntro.${region}`)}</p>
      <ul className="help-lines__list">
        {lines.map((line) => (
          <li key={helpLineId(line)}>
            <span className="help-lines__name">{t(`help.line.${helpLineId(line)}`)}</span>{" "}
            {line.phone ? (
              <a className="help-lines__phone" href={telHref(line.phone)} dir="ltr">
                {line.phone}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      {whoDirectory?.url ? (
        <p>
          {t("help.elsewhere")} <ExternalLink href={whoDirectory.url}>{t("help.whoDirectory")}</ExternalLink>
        </p>
      ) : null}
    </div>
  );
}
