// The smoke suite (smoke.ts) in Debian's Firefox ESR, over WebDriver BiDi.
import { launchFirefox } from "./firefox-driver";
import { defineSmokeSuite } from "./smoke";

defineSmokeSuite(launchFirefox);
