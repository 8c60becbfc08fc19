import { useTranslation } from "../../i18n/use-translation";
import { useGlossary } from "../../features/glossary/use-glossary";
import { useLang } from "../../features/language/use-lang";

/** Every glossary term with its plain definition, in the language's alphabetical order. */
export function GlossaryPage() {
  const { t } = useTranslation(["pages", "tools"]);
  const lang = useLang();
  const glossary = useGlossary();
  const collator = new Intl.Collator(lang);
  const entries = Object.entries(glossary).sort(([, a], [, b]) => collator.compare(a.term, b.term));
  return (
    <>
      <h1>{t("glossary.title")}</h1>
      <p className="lead">{t("glossary.intro")}</p>
      <dl className="glossary">
        {entries.map(([id, entry]) => (
          <div key={id} className="glossary__entry" id={`term-${id}`}>
            <dt>
              <dfn>{entry.term}</dfn>
            </dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
