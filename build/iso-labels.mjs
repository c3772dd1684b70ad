// Adds Ukrainian, Russian and Vietnamese labels to the ISO code lists (countries, languages).
// Run once when the lists change; the output is committed, so builds and CI need no network:
//
//     node build/iso-labels.mjs
//
// The names come from the npm packages i18n-iso-countries (ISO 3166-1, CLDR names; the short form, "Росія", is
// preferred to the official one) and @cospired/i18n-iso-languages (ISO 639-1), installed into a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const languages = ["uk", "ru", "vi"];
const data = join(dirname(fileURLToPath(import.meta.url)), "../src/BuildingBlocks/Cpic.BuildingBlocks/Reference/Data");
const work = mkdtempSync(join(tmpdir(), "iso-labels-"));
try {
  execFileSync("npm", ["install", "--silent", "--prefix", work, "i18n-iso-countries@7", "@cospired/i18n-iso-languages@4"],
    { stdio: "inherit" });
  const require = createRequire(join(work, "node_modules/"));
  const countries = require("i18n-iso-countries");
  const isoLanguages = require("@cospired/i18n-iso-languages");
  for (const language of languages) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
    isoLanguages.registerLocale(require(`@cospired/i18n-iso-languages/langs/${language}.json`));
  }
  label("countries", (code, language) => countries.getName(code, language, { select: "alias" }));
  label("languages", (code, language) => isoLanguages.getName(code, language));
} finally {
  rmSync(work, { recursive: true, force: true });
}

function label(list, name) {
  const path = join(data, `${list}.json`);
  const items = JSON.parse(readFileSync(path, "utf8"));
  for (const item of items) {
    for (const language of languages) {
      const found = name(item.code, language);
      if (!found) throw new Error(`${list}: no ${language} name for ${item.code}`);
      item[language] = found;
    }
  }
  writeFileSync(path, JSON.stringify(items, null, 2) + "\n");
  console.log(`${list}: ${items.length} items labelled in ${languages.join(", ")}`);
}
