import { readdirSync, readFileSync } from "node:fs";

// npm run agreement — how often a second, blind annotator (agreement.json) picks the same main
// symbol as the training labels: the human ceiling the engine's held-out figures (npm run eval,
// npm run tune) are measured against.
type Label = { id: string; main: string; acceptable?: string[] };
const dir = new URL("./", import.meta.url);
const { labels } = JSON.parse(readFileSync(new URL("agreement.json", dir), "utf8")) as { labels: Label[] };
const dreams = new Map<string, { text: string; expected: string }>();
for (const file of readdirSync(dir).filter((f) => /^train.*\.json$/.test(f)))
  for (const d of JSON.parse(readFileSync(new URL(file, dir), "utf8")).dreams) dreams.set(d.id, d);

let same = 0;
let acceptable = 0;
for (const label of labels) {
  const dream = dreams.get(label.id);
  if (!dream) throw new Error(`agreement.json names an unknown dream ${label.id}`);
  same += Number(label.main === dream.expected);
  acceptable += Number(label.main === dream.expected || (label.acceptable ?? []).includes(dream.expected));
}
const pct = (n: number) => `${((100 * n) / labels.length).toFixed(1)} %`;
console.log(`agreement on ${labels.length} training dreams`);
console.log(`second annotator, same main symbol:          ${pct(same)}`);
console.log(`second annotator, label among their choices: ${pct(acceptable)}`);
