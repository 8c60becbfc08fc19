import { Component, type ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { isLoadFailure, reloadOnce } from "../../components/load-failure";

function ClaimError() {
  const { t } = useTranslation();
  return (
    <div className="claim claim--error" role="note">
      {t("claim.error")}
    </div>
  );
}

interface Props {
  claimId: string;
  children: ReactNode;
}

/** One broken claim shows a small note; the rest of the page still renders. */
export class ClaimBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // A part's code gone after a deploy (a badge's panel): the page loads itself again, once.
    if (isLoadFailure(error) && reloadOnce()) return;
    console.error(`Claim "${this.props.claimId}" could not be shown`, error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ClaimError /> : this.props.children;
  }
}
