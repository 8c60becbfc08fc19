// The smoke suite (smoke.ts) in Debian's WebKitGTK (Safari's engine), over WebDriver.
import { defineSmokeSuite } from "./smoke";
import { launchWebKit } from "./webkit-driver";

defineSmokeSuite(launchWebKit);
