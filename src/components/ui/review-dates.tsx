import { useTranslation } from "../../i18n/use-translation";
import { nextReviewDue } from "../../content/review";
import { formatDate } from "../../i18n/format";

/** "Last reviewed … Next review due …", with machine-readable dates. */
export function ReviewDates({ reviewed, lang }: { reviewed: string; lang: string }) {
  const { t } = useTranslation();
  const due = nextReviewDue(reviewed);
  return (
    <>
      <span>
        {t("claim.reviewed")} <time dateTime={reviewed}>{formatDate(reviewed, lang)}</time>
      </span>{" "}
      <span>
        {t("nextReview")} <time dateTime={due}>{formatDate(due, lang)}</time>
      </span>
    </>
  );
}
