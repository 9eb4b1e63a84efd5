import { readFileSync } from "node:fs";
import { analyzeDream, primaryLanguage } from "@razgazdayson/core";

// npm run eval — main-symbol accuracy of the offline engine on the labelled set in dreams.json
// (written before tuning; the engine never sees it). Prints top-1, top-3 and language match.
type EvalDream = { id: string; language: "ru" | "en"; text: string; expected: string; acceptable?: string[] };

const file = new URL("./dreams.json", import.meta.url);
const { dreams } = JSON.parse(readFileSync(file, "utf8")) as { dreams: EvalDream[] };
const verbose = process.argv.includes("--verbose");

const totals = { top1: 0, top1Acceptable: 0, top3: 0, language: 0 };
const byLanguage = new Map<string, { n: number; top1: number; top3: number }>();
const misses: string[] = [];
for (const dream of dreams) {
  const ranked = analyzeDream(dream.text).symbols.map((s) => s.slug);
  const isTop1 = ranked[0] === dream.expected;
  const isTop3 = ranked.slice(0, 3).includes(dream.expected);
  totals.top1 += Number(isTop1);
  totals.top1Acceptable += Number(
    isTop1 || (ranked[0] !== undefined && (dream.acceptable ?? []).includes(ranked[0])),
  );
  totals.top3 += Number(isTop3);
  totals.language += Number(primaryLanguage(dream.text) === dream.language);
  const lang = byLanguage.get(dream.language) ?? { n: 0, top1: 0, top3: 0 };
  lang.n++;
  lang.top1 += Number(isTop1);
  lang.top3 += Number(isTop3);
  byLanguage.set(dream.language, lang);
  if (!isTop1) misses.push(`${dream.id}: expected ${dream.expected}, got [${ranked.slice(0, 3).join(", ")}]`);
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;
console.log(`eval: ${dreams.length} labelled dreams`);
console.log(`top-1 main symbol:              ${pct(totals.top1, dreams.length)}`);
console.log(`top-1 incl. acceptable answers: ${pct(totals.top1Acceptable, dreams.length)}`);
console.log(`top-3 main symbol:              ${pct(totals.top3, dreams.length)}`);
console.log(`language match:                 ${pct(totals.language, dreams.length)}`);
for (const [lang, s] of byLanguage)
  console.log(`  ${lang}: n=${s.n}  top-1 ${pct(s.top1, s.n)}  top-3 ${pct(s.top3, s.n)}`);
if (verbose) for (const miss of misses) console.log(`  miss ${miss}`);
