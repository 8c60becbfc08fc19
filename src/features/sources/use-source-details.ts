import { useEffect, useState } from "react";
import { loadSourceDetails, loadedSourceDetails, type SourceDetailsMap } from "../../content/sources";

/** The bibliographic details, loaded the first time something needs them. */
export function useSourceDetails(needed: boolean): SourceDetailsMap | null {
  const [details, setDetails] = useState(loadedSourceDetails);
  useEffect(() => {
    if (!needed || details) return;
    let live = true;
    loadSourceDetails().then(
      (d) => {
        if (live) setDetails(d);
      },
      // Gone after a deploy: sources stay shown as their numbers, each linking to the bibliography.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, details]);
  return details;
}
