import type { ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation";

export interface Bar {
  key: string;
  label: string;
  count: number;
}

/**
 * An accessible bar chart: a visible text summary, an SVG drawing (an image
 * named by the summary; every bar also carries its words, never colour alone)
 * and the same numbers as a table.
 */
export function BarFigure(props: {
  heading: ReactNode;
  headingId: string;
  summary: string;
  caption: string;
  labelColumn: string;
  countColumn: string;
  bars: readonly Bar[];
  variant: "grades" | "pyramid";
}) {
  const { t } = useTranslation("tools");
  const { bars, variant } = props;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const row = 30;
  const width = 320;
  return (
    <section className={`chart chart--${variant}`} aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.heading}</h2>
      <figure>
        <figcaption>{props.summary}</figcaption>
        <ul className="chart__rows" aria-hidden="true">
          {bars.map((bar) => {
            const w = (bar.count / max) * width;
            return (
              <li key={bar.key} className={`chart__row chart__row--${bar.key}`}>
                <span className="chart__label">{bar.label}</span>
                <svg className="chart__bar" viewBox={`0 0 ${String(width)} ${String(row)}`} preserveAspectRatio="none">
                  <rect
                    x={variant === "pyramid" ? (width - Math.max(w, bar.count > 0 ? 2 : 0)) / 2 : 0}
                    y="4"
                    width={Math.max(w, bar.count > 0 ? 2 : 0)}
                    height={row - 8}
                    rx="3"
                  />
                </svg>
                <span className="chart__count">{t("explorer.valueCount", { count: bar.count })}</span>
              </li>
            );
          })}
        </ul>
        <details className="chart__table">
          <summary>{t("charts.tableToggle")}</summary>
          <table className="data-table">
            <caption>{props.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{props.labelColumn}</th>
                <th scope="col">{props.countColumn}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key}>
                  <th scope="row">{bar.label}</th>
                  <td>{t("explorer.valueCount", { count: bar.count })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  );
}
