import { getSymbol } from "../catalogue/catalogue";
import type { Match } from "../catalogue/find-matches";
import type { Token } from "../text/tokenize";

// The small word lists the ranker reads around each mention, and the helpers over them.
const words = (list: string) => new Set(list.split(" "));
/** Prepositions that make a following noun the place of the dream rather than its subject. */
export const LOCATIVE = words(
  "в во на у по около возле через под над внутри вокруг среди из к до от за " +
    "in at on inside through near around into under over across along from by to onto",
);
export const DREAM_VERBS = words(
  "снился снилась снилось снились снится снятся приснился приснилась приснилось приснились видела видел " +
    "dreamt dreamed dream dreaming saw",
);
export const CLAUSE_WORDS = words("а и но вдруг потом тут там затем тогда and but then suddenly when");
/** Words that turn a story ("и тут", "suddenly"): what follows is often what the dream is about. */
export const TURN = words("вдруг тут внезапно оказалось оказывается suddenly then turns realised realized");
export const SIMILE = words("как словно будто точно like");
export const SELF = words("я мы меня i we me");
/** "с мужем", "with my sister": someone along for the story rather than its subject. */
export const COMPANION = words("с со with");
/** Where the dreamer's eyes go: "вижу", "смотрю на", "noticed". */
export const ATTENTION = words(
  "вижу видим увидел увидела увидели смотрю смотрела смотрел заметил заметила замечаю see saw seeing noticed notice watching watched looked",
);
export const POSSESSIVE = words(
  "мой моя мое мои моего моей моих моим моему свой своя свое свои своего своей своих my our his her their",
);
/** Third-person pronouns: a rough coreference credits the image named last before them. */
const PRONOUNS = words("он она оно его ее ему ей им ним ней нему нее него it its he him his she her");
export const FEELING_WINDOW = 6;
export const AGENT_WINDOW = 2;

export const isAction = (slug: string): boolean => {
  const category = getSymbol(slug)?.category;
  return category === "actions" || category === "states";
};

export const before = (tokens: Token[], index: number, span: number, set: Set<string>): boolean => {
  for (let i = index - 1; i >= Math.max(0, index - span); i--)
    if (set.has(tokens[i]?.word ?? "")) return true;
  return false;
};

/** How often a pronoun refers back to each image: the last image (not an action) named before it. */
export const creditPronouns = (matches: Match[], tokens: Token[]): Map<string, number> => {
  const credits = new Map<string, number>();
  const images = matches.filter((m) => !isAction(m.slug));
  let next = 0;
  let last: string | undefined;
  for (const t of tokens) {
    while (next < images.length && (images[next] as Match).index < t.index)
      last = (images[next++] as Match).slug;
    if (last && PRONOUNS.has(t.word)) credits.set(last, (credits.get(last) ?? 0) + 1);
  }
  return credits;
};
