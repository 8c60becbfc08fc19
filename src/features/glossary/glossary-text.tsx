import { useLang } from "../language/use-lang";
import { findTerms } from "./find-terms";
import { Term } from "./term";
import { useGlossary } from "./use-glossary";

/** Running text with its glossary terms marked (first occurrence of each). */
export function GlossaryText({ text }: { text: string }) {
  const glossary = useGlossary();
  const lang = useLang();
  return (
    <>
      {findTerms(text, glossary, lang).map((segment, i) => {
        const entry = segment.termId ? glossary[segment.termId] : undefined;
        return segment.termId && entry ? (
          <Term key={i} id={segment.termId} entry={entry}>
            {segment.text}
          </Term>
        ) : (
          segment.text
        );
      })}
    </>
  );
}
