// npm run test:webkit — the smoke suite in WebKitGTK (see config.ts).
import { engineConfig } from "./config";

export default engineConfig("webkit");
