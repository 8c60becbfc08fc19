import { useTranslation } from "../../i18n/use-translation";
import { helpLineId, helpLinesFor, telHref, whoDirectory } from "../../content/help-lines";
import { ExternalLink } from "../../components/ui/external-link";

/**
 * Where to get help in one country: verified numbers only
 * (src/content/help-lines.json), always after the advice to call the local
 * emergency number; with no country (or none verified), the WHO directory.
 */
export function HelpLines({ region, countryName }: { region: string | null; countryName: string }) {
  const { t } = useTranslation(["common", "tools"]);
  const lines = region ? helpLinesFor(region) : [];
  return (
    <div className="help-lines" data-region={region ?? "other"}>
      <p className="help-lines__emergency">
        <strong>{t("help.emergency")}</strong>
      </p>
      {lines.length > 0 ? (
        <>
          <p>{t("tools:help.inCountry", { country: countryName })}</p>
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
        </>
      ) : null}
      {whoDirectory?.url ? (
        <p>
          {lines.length > 0
            ? t("help.elsewhere")
            : region
              ? t("tools:help.noVerified", { country: countryName })
              : t("tools:help.otherIntro")}{" "}
          <ExternalLink href={whoDirectory.url}>{t("help.whoDirectory")}</ExternalLink>
        </p>
      ) : null}
    </div>
  );
}
