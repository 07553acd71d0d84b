import { initAll } from "/dist/govuk-frontend.min.js";

initAll();
