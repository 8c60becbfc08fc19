import { Link } from "react-router";
import { paths } from "../../config/paths";
import type { SourceDetailsMap } from "../../content/sources";
import { sourceNumber } from "../../content/sources";
import { useLang } from "../language/use-lang";
import { SourceCitation } from "./source-citation";

/** A claim's sources: each "[n]" linking to its bibliography entry, then its citation once details are loaded. */
export function ClaimSourceList({
  ids,
  details,
  className,
}: {
  ids: readonly string[];
  details: SourceDetailsMap | null;
  className: string;
}) {
  const lang = useLang();
  return (
    <ol className={className}>
      {ids.map((id) => {
        const source = details?.get(id);
        return (
          <li key={id}>
            <Link to={paths.source(lang, id)}>[{sourceNumber(id)}]</Link>{" "}
            {source ? <SourceCitation source={source} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
