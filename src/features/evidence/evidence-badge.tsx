import { Suspense, lazy, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { Claim } from "../../content/schema";
import { useLang } from "../language/use-lang";
import { GradeMeter } from "./grade-meter";
import { gradeLabel } from "./grade-label";

const loadPanel = () => import("./badge-panel");
const BadgePanel = lazy(async () => ({ default: (await loadPanel()).BadgePanel }));

/**
 * The evidence badge: a visible word label and a decorative meter on a real
 * button that opens a panel explaining the grade. Enter/Space opens, Esc closes
 * and returns focus to the button. Carries data-grade (the DOM contract).
 * The panel's code and contents load only when a reader is about to open one
 * (pointer over or focus on the button), so reading a page needs neither.
 */
export function EvidenceBadge({ claim }: { claim: Claim }) {
  const { t } = useTranslation(["common", "grades"]);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const label = gradeLabel(t, claim, lang);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const root = rootRef.current;
      const active = document.activeElement;
      if (root && (root.contains(active) || active === document.body)) {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  // A prefetch that fails (the panel's code gone after a deploy) is left to the click, which reloads the page.
  const prefetch = () => void loadPanel().catch(() => undefined);
  return (
    <div className={`badge badge--${claim.grade}`} data-grade={claim.grade} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="badge__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        <GradeMeter grade={claim.grade} />
        <span className="badge__label">{label}</span>
        <span className="visually-hidden"> {t("badge.showDetails")}</span>
      </button>
      {/* The panel's contents exist only while it is open: fewer nodes to download, lay out and hydrate. */}
      <div id={panelId} className="badge__panel" hidden={!open}>
        {open ? (
          <Suspense fallback={null}>
            <BadgePanel
              claim={claim}
              label={label}
              onClose={() => {
                setOpen(false);
                buttonRef.current?.focus();
              }}
            />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
