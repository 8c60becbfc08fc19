// npm run test:firefox — the smoke suite in Firefox ESR (see config.ts).
import { engineConfig } from "./config";

export default engineConfig("firefox");
