import { useTranslation } from "../../i18n/use-translation";
import { CheckerTool } from "../../features/checker/checker-tool";

/** Check any kratom text: paste it, see which of its sentences make claims we have graded. */
export function CheckPage() {
  const { t } = useTranslation(["pages", "tools"]);
  return (
    <>
      <h1>{t("check.title")}</h1>
      <p className="lead">{t("tools:checker.intro")}</p>
      <CheckerTool />
    </>
  );
}
