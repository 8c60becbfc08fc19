import { useState } from "react";
import { useLocation } from "react-router";
import { useTranslation } from "../../i18n/use-translation";

/** Copies this page's address, and says (politely, to screen readers too) whether it worked. */
export function CopyLink() {
  const { t } = useTranslation("tools");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const { pathname } = useLocation();
  return (
    <p className="copy-link">
      <button
        type="button"
        className="button"
        onClick={() => {
          const url = window.location.origin + pathname;
          navigator.clipboard.writeText(url).then(
            () => {
              setStatus("copied");
            },
            () => {
              setStatus("failed");
            },
          );
        }}
      >
        {t("claimPage.copyLink")}
      </button>{" "}
      <span role="status" className="copy-link__status">
        {status === "copied" ? t("claimPage.copied") : status === "failed" ? t("claimPage.copyFailed") : ""}
      </span>
    </p>
  );
}
