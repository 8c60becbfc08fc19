import { useId } from "react";
import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { useLang } from "../language/use-lang";
import type { GlossaryEntry } from "./find-terms";

/**
 * A glossary term inside running text: a button that opens the definition in
 * a native popover (HTML `popover`), so it works before and without
 * JavaScript. The browser handles the rest: Enter or Space opens it, Esc or a
 * click elsewhere closes it and focus returns to the term; it stays open while
 * the reader hovers, focuses or scrolls (WCAG 1.4.13).
 */
export function Term({ id, entry, children }: { id: string; entry: GlossaryEntry; children: string }) {
  const { t } = useTranslation("tools");
  const lang = useLang();
  const popoverId = `term-${id}-${useId().replace(/[^\w-]/g, "")}`;
  return (
    <span className="term">
      <button type="button" className="term__button" popoverTarget={popoverId} data-term={id}>
        {children}
      </button>
      <span className="term__popover" id={popoverId} popover="auto" role="note" aria-label={entry.term}>
        <strong className="term__name">{entry.term}</strong> <span>{entry.definition}</span>{" "}
        <Link className="term__more" to={`${paths.page(lang, "glossary")}#term-${id}`}>
          {t("glossary.allTerms")}
        </Link>
      </span>
    </span>
  );
}
