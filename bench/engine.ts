import { interpretOffline } from "@razgazdayson/core";

// npm run bench:engine — offline interpretations per second and p50/p99 latency on one core
// for dreams of about 100, 500 and 2000 characters (Russian and English alternating).
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

const ru =
  "Мне снилось, что я иду по старому дому моей бабушки, а в комнатах течёт вода. Потом за мной погналась большая чёрная собака, я бежала по лестнице и проснулась в страхе. ";
const en =
  "I dreamed I was walking through my grandmother's old house and water was running through the rooms. Then a big black dog chased me, I ran up the stairs and woke up scared. ";

const sized = (base: string, length: number, variant: number) => {
  let text = "";
  while (text.length < length) text += base;
  // a different tail each time, so that nothing can be served from a memo of the whole text
  return `${text.slice(0, length - 8)} ${variant.toString(36).padStart(6, "0")}`;
};

const run = (length: number) => {
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let i = 0;
  // warm-up
  for (let w = 0; w < 200; w++)
    interpretOffline({ text: sized(w % 2 ? ru : en, length, w), language: w % 2 ? "ru" : "en" });
  while (performance.now() < deadline) {
    const isRu = i % 2 === 0;
    const text = sized(isRu ? ru : en, length, i);
    const start = performance.now();
    interpretOffline({ text, language: isRu ? "ru" : "en" });
    samples.push(performance.now() - start);
    i++;
  }
  samples.sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return {
    length,
    perSecond: (samples.length / total) * 1000,
    p50: at(0.5),
    p99: at(0.99),
    n: samples.length,
  };
};

console.log(`bench:engine — offline engine, one core, ${seconds} s per size\n`);
console.log("chars   interpretations/s   p50 ms   p99 ms   samples");
for (const length of [100, 500, 2000]) {
  const r = run(length);
  console.log(
    `${String(r.length).padStart(5)}   ${r.perSecond.toFixed(0).padStart(17)}   ${r.p50.toFixed(3).padStart(6)}   ${r.p99.toFixed(3).padStart(6)}   ${r.n}`,
  );
}
