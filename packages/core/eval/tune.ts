import { readFileSync } from "node:fs";
import {
  emotionLexicon,
  findMatches,
  isNegated,
  SALIENCE_WEIGHTS,
  type SalienceWeights,
  scoreSymbols,
  symbolLexicon,
  tokenize,
} from "@razgazdayson/core";

// npm run tune — fits the ranking weights on the TRAINING set (train.json) by coordinate
// search, then reports accuracy on the held-out evaluation set (dreams.json) once. The
// evaluation set never influences the weights.
type Labelled = { id: string; text: string; expected: string };
const load = (name: string) =>
  (JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8")) as { dreams: Labelled[] }).dreams.map(
    (d) => {
      const tokens = tokenize(d.text);
      const keep = (m: { index: number }) => !isNegated(tokens, m.index);
      return {
        ...d,
        tokens,
        symbols: findMatches(tokens, symbolLexicon).filter(keep),
        emotions: findMatches(tokens, emotionLexicon).filter(keep),
      };
    },
  );

const train = load("./train.json");
const evaluation = load("./dreams.json");
const accuracy = (set: typeof train, w: SalienceWeights, k = 1) =>
  set.filter((d) =>
    scoreSymbols(d.symbols, d.emotions, d.tokens, w)
      .slice(0, k)
      .some((s) => s.slug === d.expected),
  ).length / set.length;

const grid: Record<keyof SalienceWeights, number[]> = {
  position: [0, 0.4, 0.8, 1.2, 1.6, 2.4, 3.2, 4, 5, 6.5],
  phrase: [0, 0.3, 0.6, 1, 1.5],
  feeling: [0, 0.2, 0.4, 0.8, 1.2],
  feelingWindow: [3, 6, 10],
  setting: [0.4, 0.55, 0.7, 0.85, 1],
  agentAction: [0.5, 0.75, 1],
  agentImage: [1, 1.2, 1.5, 2],
  repeatDecay: [0, 0.25, 0.5, 1, 2],
  salienceExponent: [0, 0.5, 1, 2, 3],
};

let best = { ...SALIENCE_WEIGHTS };
let bestScore = accuracy(train, best);
console.log(`train top-1 with current weights: ${(100 * bestScore).toFixed(1)} %`);
for (let round = 0; round < 3; round++) {
  for (const key of Object.keys(grid) as (keyof SalienceWeights)[]) {
    for (const value of grid[key]) {
      const candidate = { ...best, [key]: value };
      const score = accuracy(train, candidate);
      if (score > bestScore + 1e-9) {
        best = candidate;
        bestScore = score;
      }
    }
  }
}
console.log(`train top-1 after fitting:        ${(100 * bestScore).toFixed(1)} %`);
console.log("fitted weights:", JSON.stringify(best));
console.log(
  `held-out eval: top-1 ${(100 * accuracy(evaluation, best)).toFixed(1)} % (was ${(100 * accuracy(evaluation, SALIENCE_WEIGHTS)).toFixed(1)} %), top-3 ${(100 * accuracy(evaluation, best, 3)).toFixed(1)} %`,
);
