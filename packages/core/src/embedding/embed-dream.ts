import { analyzeDream } from "../engine/analyze-dream";
import { fnv1a } from "../text/fnv1a";
import { stemKey } from "../text/stem";

export const LOCAL_EMBEDDING_DIMENSIONS = 384;
export const LOCAL_EMBEDDING_MODEL = "local-hash-384-v1";

const STOPWORDS = new Set(
  (
    "и в во не что он она оно они на я с со как а то все всё так его но да ты к у же вы за бы по только ее её мне было " +
    "вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был была были до вас нибудь " +
    "опять уж вам ведь там потом себя ничего ей может тут где есть надо ней для мы тебя их чем сам без будто чего раз " +
    "тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее " +
    "сейчас куда зачем всех можно при два об другой хоть после над больше тот через эти нас про всего них какая много " +
    "разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между " +
    "the a an and or but if of to in on at by for with from as is was were be been am are it its this that these those i me " +
    "my we our you your he him his she her they them their there then than so very just not no yes do did does had has have " +
    "what which who whom when where why how all any both each few more most other some such into over under again once"
  ).split(" "),
);

const add = (vector: Float64Array, feature: string, weight: number): void => {
  // two signed buckets per feature keep collisions from adding up in one direction
  for (const seed of [0x811c9dc5, 0x01000193]) {
    const h = fnv1a(feature, seed);
    const index = h % vector.length;
    vector[index] = (vector[index] ?? 0) + (h & 0x80000000 ? -weight : weight);
  }
};

/**
 * Deterministic local embedding of a dream. Catalogue symbols and emotions are language-free
 * concepts and carry most of the weight, so the same dream told in Russian and in English
 * lands close; stemmed content words add the finer texture within one language.
 */
export const embedDream = (text: string, dimensions = LOCAL_EMBEDDING_DIMENSIONS): number[] => {
  const analysis = analyzeDream(text);
  const vector = new Float64Array(dimensions);
  for (const s of analysis.symbols) add(vector, `sym:${s.slug}`, 3 * Math.min(2, Math.sqrt(s.count)));
  for (const e of analysis.emotions) add(vector, `emo:${e.slug}`, 1.5);
  for (const t of analysis.tokens) {
    if (t.word.length < 3 || STOPWORDS.has(t.word)) continue;
    add(vector, `tok:${stemKey(t)}`, 0.35);
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  return Array.from(vector, (v) => (norm > 0 ? v / norm : 0));
};

/** Cosine similarity of two vectors of equal length. */
export const cosineSimilarity = (a: number[], b: number[]): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
};
