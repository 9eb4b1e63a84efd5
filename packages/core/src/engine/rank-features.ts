import { getSymbol } from "../catalogue/catalogue";
import type { Match } from "../catalogue/find-matches";
import { stem } from "../text/stem";
import type { Token } from "../text/tokenize";

/** What the ranker knows about one symbol of a dream; every feature is a number, mostly 0…1. */
export const RANK_FEATURES = [
  "position",
  "firstCandidate",
  "count",
  "phrase",
  "feeling",
  "setting",
  "settingFirst",
  "agentImage",
  "agentAction",
  "dreamVerb",
  "clauseStart",
  "simile",
  "selfAction",
  "spread",
  "firstSentence",
  "lastSentence",
  "salience",
  "shortPosition",
  "afterTurn",
  "companion",
  "attention",
  "possessive",
  "pronouns",
  "coverage",
] as const;
export type RankFeature = (typeof RANK_FEATURES)[number];

export type Candidate = {
  slug: string;
  count: number;
  firstIndex: number;
  features: Record<RankFeature, number>;
  /** The words around each mention and the form itself ("p1:ru:на", "w:en:ring"), for learned weights. */
  context: string[];
};

const words = (list: string) => new Set(list.split(" "));
/** Prepositions that make a following noun the place of the dream rather than its subject. */
const LOCATIVE = words(
  "в во на у по около возле через под над внутри вокруг среди из к до от за " +
    "in at on inside through near around into under over across along from by to onto",
);
const DREAM_VERBS = words(
  "снился снилась снилось снились снится снятся приснился приснилась приснилось приснились видела видел " +
    "dreamt dreamed dream dreaming saw",
);
const CLAUSE_WORDS = words("а и но вдруг потом тут там затем тогда and but then suddenly when");
/** Words that turn a story ("и тут", "suddenly"): what follows is often what the dream is about. */
const TURN = words("вдруг тут внезапно оказалось оказывается suddenly then turns realised realized");
const SIMILE = words("как словно будто точно like");
const SELF = words("я мы меня i we me");
/** "с мужем", "with my sister": someone along for the story rather than its subject. */
const COMPANION = words("с со with");
/** Where the dreamer's eyes go: "вижу", "смотрю на", "noticed". */
const ATTENTION = words(
  "вижу видим увидел увидела увидели смотрю смотрела смотрел заметил заметила замечаю see saw seeing noticed notice watching watched looked",
);
const POSSESSIVE = words(
  "мой моя мое мои моего моей моих моим моему свой своя свое свои своего своей своих my our his her their",
);
/** Third-person pronouns: a rough coreference credits the image named last before them. */
const PRONOUNS = words("он она оно его ее ему ей им ним ней нему нее него it its he him his she her");
const FEELING_WINDOW = 6;
const AGENT_WINDOW = 2;

const isAction = (slug: string): boolean => {
  const category = getSymbol(slug)?.category;
  return category === "actions" || category === "states";
};

const before = (tokens: Token[], index: number, span: number, set: Set<string>): boolean => {
  for (let i = index - 1; i >= Math.max(0, index - span); i--)
    if (set.has(tokens[i]?.word ?? "")) return true;
  return false;
};

const stemKey = (token: Token): string => `${token.lang}:${stem(token.word, token.lang)}`;

/** Turns the matches of a dream into one feature vector per symbol found. */
export const rankCandidates = (matches: Match[], emotions: Match[], tokens: Token[]): Candidate[] => {
  const total = Math.max(1, tokens.length);
  const sentences = (tokens.at(-1)?.sentence ?? 0) + 1;
  const first = matches.reduce((min, m) => Math.min(min, m.index), Number.POSITIVE_INFINITY);
  const turn = tokens.findIndex((t) => TURN.has(t.word));
  const bySlug = new Map<string, { matches: Match[]; sentences: Set<number> }>();
  for (const m of matches) {
    const entry = bySlug.get(m.slug) ?? { matches: [], sentences: new Set<number>() };
    entry.matches.push(m);
    entry.sentences.add(tokens[m.index]?.sentence ?? 0);
    bySlug.set(m.slug, entry);
  }
  const pronouns = creditPronouns(matches, tokens);
  const stems = tokens.map(stemKey);
  const stemAt = (index: number): string => stems[index] ?? "-";
  const sentenceWords = new Map<number, string[]>();
  for (const t of tokens) {
    if (t.word.length <= 3) continue;
    const list = sentenceWords.get(t.sentence) ?? [];
    list.push(stemAt(t.index));
    sentenceWords.set(t.sentence, list);
  }
  const sentenceLength = new Map<number, number>();
  for (const t of tokens) sentenceLength.set(t.sentence, (sentenceLength.get(t.sentence) ?? 0) + 1);
  const candidates: Candidate[] = [];
  for (const [slug, { matches: own, sentences: seen }] of bySlug) {
    const action = isAction(slug);
    const head = own[0] as Match;
    let feeling = 0;
    let setting = 0;
    let clause = 0;
    let simile = 0;
    let agentImage = 0;
    let agentAction = 0;
    let dreamVerb = 0;
    let selfAction = 0;
    let companion = 0;
    let attention = 0;
    let possessive = 0;
    const category = getSymbol(slug)?.category ?? "";
    const context = new Set<string>();
    // the words of the sentences that mention it, read for its kind of image ("укусила" for an animal)
    for (const k of seen) for (const word of sentenceWords.get(k) ?? []) context.add(`s:${category}:${word}`);
    for (const m of own) {
      context.add(`p1:${stemAt(m.index - 1)}`);
      context.add(`p1c:${category}:${stemAt(m.index - 1)}`);
      context.add(`p2:${stemAt(m.index - 2)}`);
      context.add(`n1:${stemAt(m.index + m.length)}`);
      context.add(`w:${stemAt(m.index)}`);
      // the ending tells the case of a Russian noun (subject or place) and the form of a verb
      const word = tokens[m.index];
      if (word && m.length === 1) context.add(`e:${word.lang}:${word.word.slice(-2)}`);
      if (emotions.some((e) => Math.abs(e.index - m.index) <= FEELING_WINDOW)) feeling++;
      if (m.length === 1 && before(tokens, m.index, 3, LOCATIVE)) setting++;
      const sentenceStart = m.index === 0 || tokens[m.index - 1]?.sentence !== tokens[m.index]?.sentence;
      if (sentenceStart || before(tokens, m.index, 1, CLAUSE_WORDS)) clause++;
      if (before(tokens, m.index, 2, SIMILE)) simile++;
      if (before(tokens, m.index, 3, DREAM_VERBS)) dreamVerb = 1;
      if (action && before(tokens, m.index, 2, SELF)) selfAction = 1;
      if (before(tokens, m.index, 2, COMPANION)) companion++;
      if (before(tokens, m.index, 3, ATTENTION)) attention = 1;
      if (before(tokens, m.index, 2, POSSESSIVE)) possessive = 1;
      const agent = matches.some(
        (o) => o !== m && Math.abs(o.index - m.index) <= AGENT_WINDOW && isAction(o.slug) !== action,
      );
      if (agent && action) agentAction = 1;
      if (agent && !action) agentImage = 1;
    }
    const n = own.length;
    const position = 1 - head.index / total;
    candidates.push({
      slug,
      count: n,
      firstIndex: head.index,
      context: [...context],
      features: {
        position,
        firstCandidate: head.index === first ? 1 : 0,
        count: Math.log2(n),
        phrase: own.some((m) => m.content > 1) ? 1 : 0,
        feeling: feeling / n,
        setting: setting / n,
        settingFirst: head.length === 1 && before(tokens, head.index, 3, LOCATIVE) ? 1 : 0,
        agentImage,
        agentAction,
        dreamVerb,
        clauseStart: clause / n,
        simile: simile / n,
        selfAction,
        spread: seen.size / sentences,
        firstSentence: seen.has(0) ? 1 : 0,
        lastSentence: sentences > 1 && seen.has(sentences - 1) ? 1 : 0,
        salience: Math.log(getSymbol(slug)?.salience ?? 1),
        shortPosition: total < 15 ? position : 0,
        companion: companion / n,
        attention,
        possessive,
        pronouns: Math.log2(1 + (pronouns.get(slug) ?? 0)),
        coverage: [...seen].reduce((sum, k) => sum + (sentenceLength.get(k) ?? 0), 0) / total,
        afterTurn: turn >= 0 && own.some((m) => m.index > turn) ? 1 : 0,
      },
    });
  }
  return candidates;
};

/** How often a pronoun refers back to each image: the last image (not an action) named before it. */
const creditPronouns = (matches: Match[], tokens: Token[]): Map<string, number> => {
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
