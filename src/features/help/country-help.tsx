import { useId, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { HELP_REGIONS, OTHER_REGION, helpLines, pickRegion } from "../../content/help-lines";
import { formatDate } from "../../i18n/format";
import { useHydrated } from "../../hooks/use-hydrated";
import { useLang } from "../language/use-lang";
import { HelpLines } from "./help-lines";

const SAVED_REGION_KEY = "kratom-evidence:region";

function readSaved(): string | null {
  try {
    return localStorage.getItem(SAVED_REGION_KEY);
  } catch {
    return null;
  }
}

function save(region: string): void {
  try {
    localStorage.setItem(SAVED_REGION_KEY, region);
  } catch {
    // Private mode or storage switched off: the choice lasts for this page only.
  }
}

/**
 * Help where the reader is: a country picker (defaulting from a saved choice, the
 * browser's region or the page language) over the verified lines for that
 * country; the WHO directory for a country we have no verified entry for.
 */
export function CountryHelp() {
  const { t } = useTranslation("tools");
  const lang = useLang();
  const hydrated = useHydrated();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  // Prerendered HTML shows the language's usual country; the browser's own settings apply once hydrated.
  const auto = hydrated ? pickRegion(readSaved(), navigator.languages, lang) : pickRegion(null, [], lang);
  const region = chosen ?? auto ?? OTHER_REGION;
  const names = new Intl.DisplayNames([lang], { type: "region" });
  const collator = new Intl.Collator(lang);
  const regions = [...HELP_REGIONS].sort((a, b) => collator.compare(names.of(a) ?? a, names.of(b) ?? b));
  const verified = helpLines.reduce((latest, l) => (l.verified_on > latest ? l.verified_on : latest), "");
  return (
    <div className="country-help">
      <p className="country-help__picker">
        <label htmlFor={selectId}>{t("help.countryLabel")}</label>{" "}
        <select
          id={selectId}
          value={region}
          onChange={(event) => {
            setChosen(event.target.value);
            save(event.target.value);
          }}
        >
          {regions.map((r) => (
            <option key={r} value={r}>
              {names.of(r) ?? r}
            </option>
          ))}
          <option value={OTHER_REGION}>{t("help.otherCountry")}</option>
        </select>
      </p>
      <HelpLines
        region={region === OTHER_REGION ? null : region}
        countryName={region === OTHER_REGION ? "" : (names.of(region) ?? region)}
      />
      <p className="hint">{t("help.checked", { date: formatDate(verified, lang) })}</p>
    </div>
  );
}
