import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import {
  CATEGORIES,
  getSymbol,
  matchDream,
  RANK_FEATURES,
  rankCandidates,
  SYMBOLS,
} from "@razgazdayson/core";

// npm run tune — fits the ranker (packages/core/src/engine/ranker-weights.json) on the TRAINING
// sets (train*.json) by softmax regression: for each dream, the probability of the labelled main
// symbol among the symbols found. The regularisation is chosen by leave-one-file-out
// cross-validation (each training file comes from other writers, so this measures how the ranker
// carries over to dreams written by someone else). The held-out evaluation set (dreams.json) is
// scored once at the end and never influences the weights.
type Labelled = { id: string; text: string; expected: string; language: string };
type Row = { x: Float64Array; cols: number[] };
type Example = { rows: Row[]; target: number; language: string };
type Setting = { slugL2: number; contextL2: number };

const dir = new URL("./", import.meta.url);
const parse = (name: string) =>
  (JSON.parse(readFileSync(new URL(name, dir), "utf8")) as { dreams: Labelled[] }).dreams.map((d) => {
    const { tokens, symbolMatches, emotionMatches } = matchDream(d.text);
    return {
      candidates: rankCandidates(symbolMatches, emotionMatches, tokens),
      expected: d.expected,
      language: d.language,
    };
  });

const trainFiles = readdirSync(dir).filter((f) => /^train.*\.json$/.test(f));
const parsed = new Map(trainFiles.map((f) => [f, parse(f)]));

// parameters: [features | categories | symbols | context words seen at least 3 times]
const F = RANK_FEATURES.length;
const C = CATEGORIES.length;
const S = SYMBOLS.length;
const seen = new Map<string, number>();
for (const set of parsed.values())
  for (const d of set)
    for (const c of d.candidates) for (const k of c.context) seen.set(k, (seen.get(k) ?? 0) + 1);
const contextKeys = [...seen].filter(([, n]) => n >= 3).map(([k]) => k);
const contextIndex = new Map(contextKeys.map((k, i) => [k, F + C + S + i]));
const size = F + C + S + contextKeys.length;
const slugIndex = new Map(SYMBOLS.map((s, i) => [s.slug, F + C + i]));
const categoryIndex = new Map(CATEGORIES.map((c, i) => [c as string, F + i]));

const examplesOf = (set: ReturnType<typeof parse>): Example[] =>
  set.map((d) => ({
    language: d.language,
    target: d.candidates.findIndex((c) => c.slug === d.expected),
    rows: d.candidates.map((c) => ({
      x: Float64Array.from(RANK_FEATURES, (f) => c.features[f]),
      cols: [
        categoryIndex.get(getSymbol(c.slug)?.category ?? "") ?? F,
        slugIndex.get(c.slug) ?? F + C,
        ...c.context.flatMap((k) => contextIndex.get(k) ?? []),
      ],
    })),
  }));
const files = new Map([...parsed].map(([f, set]) => [f, examplesOf(set)]));
const train = [...files.values()].flat();

const score = (p: Float64Array, r: Row) => {
  let s = 0;
  for (let f = 0; f < F; f++) s += (p[f] ?? 0) * (r.x[f] ?? 0);
  for (const j of r.cols) s += p[j] ?? 0;
  return s;
};

const fit = (examples: Example[], { slugL2, contextL2 }: Setting): Float64Array => {
  const usable = examples.filter((e) => e.target >= 0 && e.rows.length > 1);
  const l2 = (j: number) => (j < F + C ? 0.001 : j < F + C + S ? slugL2 : contextL2);
  const p = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  for (let step = 1; step <= 500; step++) {
    const grad = new Float64Array(size);
    for (const e of usable) {
      const scores = e.rows.map((r) => score(p, r));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      e.rows.forEach((r, i) => {
        const g = ((exp[i] ?? 0) / z - (i === e.target ? 1 : 0)) / usable.length;
        for (let f = 0; f < F; f++) grad[f] = (grad[f] ?? 0) + g * (r.x[f] ?? 0);
        for (const j of r.cols) grad[j] = (grad[j] ?? 0) + g;
      });
    }
    for (let j = 0; j < size; j++) {
      const g = (grad[j] ?? 0) + 2 * l2(j) * (p[j] ?? 0);
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * g;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * g * g;
      const step1 = (m[j] ?? 0) / (1 - 0.9 ** step);
      const step2 = (v[j] ?? 0) / (1 - 0.999 ** step);
      p[j] = (p[j] ?? 0) - (0.05 * step1) / (Math.sqrt(step2) + 1e-8);
    }
  }
  return p;
};

const accuracy = (p: Float64Array, examples: Example[], k = 1) =>
  examples.filter((e) => {
    const target = e.rows[e.target];
    if (!target) return false;
    const own = score(p, target);
    return e.rows.filter((r, i) => i !== e.target && score(p, r) > own).length < k;
  }).length / examples.length;

const crossValidate = (setting: Setting) => {
  let sum = 0;
  let sum3 = 0;
  const parts: string[] = [];
  const byLanguage = new Map<string, { n: number; hit: number }>();
  for (const [name, held] of files) {
    const p = fit(
      [...files].flatMap(([f, e]) => (f === name ? [] : e)),
      setting,
    );
    const acc = accuracy(p, held);
    parts.push(`${name} ${(100 * acc).toFixed(1)}`);
    sum += acc * held.length;
    sum3 += accuracy(p, held, 3) * held.length;
    for (const language of ["ru", "en"]) {
      const own = held.filter((e) => e.language === language);
      if (own.length === 0) continue;
      const entry = byLanguage.get(language) ?? { n: 0, hit: 0 };
      entry.n += own.length;
      entry.hit += accuracy(p, own) * own.length;
      byLanguage.set(language, entry);
    }
  }
  for (const [language, { n, hit }] of byLanguage) parts.push(`${language} ${((100 * hit) / n).toFixed(1)}`);
  return { cv: sum / train.length, cv3: sum3 / train.length, parts };
};

// npm run tune -- --grid 0.0005:0.0003,0.002:0.001 (symbol prior L2 : context L2, …)
const gridArg = process.argv[process.argv.indexOf("--grid") + 1];
const grid: Setting[] = (
  process.argv.includes("--grid") && gridArg ? gridArg : "0.0003:0.0003,0.0003:0.001,0.001:0.001"
)
  .split(",")
  .map((pair) => {
    const [slugL2, contextL2] = pair.split(":").map(Number);
    return { slugL2: slugL2 ?? 0.002, contextL2: contextL2 ?? 1000 };
  });
console.log(
  `training dreams: ${train.length} (${trainFiles.join(", ")}), context words: ${contextKeys.length}`,
);
let best = { setting: grid[0] as Setting, cv: -1 };
for (const setting of grid) {
  const { cv, cv3, parts } = crossValidate(setting);
  console.log(
    `  L2 symbol ${setting.slugL2}, context ${setting.contextL2}: cross-validated top-1 ${(100 * cv).toFixed(1)} % (${parts.join(", ")}), top-3 ${(100 * cv3).toFixed(1)} %`,
  );
  if (cv > best.cv) best = { setting, cv };
}
const params = fit(train, best.setting);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const nonZero = (entries: [string, number][]) =>
  Object.fromEntries(entries.filter(([, w]) => Math.abs(w) >= 0.01));
const weights = {
  version: 3,
  note: "Generated by npm run tune from the training sets; do not edit by hand.",
  features: Object.fromEntries(RANK_FEATURES.map((f, i) => [f, round(params[i] ?? 0)])),
  category: Object.fromEntries(CATEGORIES.map((c, i) => [c, round(params[F + i] ?? 0)])),
  slug: nonZero(SYMBOLS.map((s, i) => [s.slug, round(params[F + C + i] ?? 0)])),
  context: nonZero(contextKeys.map((k, i) => [k, round(params[F + C + S + i] ?? 0)])),
};
writeFileSync(
  new URL("../src/engine/ranker-weights.json", import.meta.url),
  `${JSON.stringify(weights, null, 2)}\n`,
);
console.log(`train top-1 ${(100 * accuracy(params, train)).toFixed(1)} % (${JSON.stringify(best.setting)})`);
const evaluation = examplesOf(parse("dreams.json"));
console.log(
  `held-out eval: top-1 ${(100 * accuracy(params, evaluation)).toFixed(1)} %, top-3 ${(100 * accuracy(params, evaluation, 3)).toFixed(1)} %`,
);
