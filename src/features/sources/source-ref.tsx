import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation";
import { paths } from "../../config/paths";
import { sourceNumber } from "../../content/sources";
import { useLang } from "../language/use-lang";

/** A numbered citation "[12]" that leads to the entry in the bibliography. */
export function SourceRef({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const number = sourceNumber(id);
  return (
    <Link className="source-ref" to={paths.source(lang, id)} aria-label={t("sources.refLabel", { number })}>
      [{number}]
    </Link>
  );
}
