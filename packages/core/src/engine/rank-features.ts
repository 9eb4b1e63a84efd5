import { getSymbol } from "../catalogue/catalogue";
import type { Match } from "../catalogue/find-matches";
import { stemKey } from "../text/stem";
import type { Token } from "../text/tokenize";
import {
  AGENT_WINDOW,
  ATTENTION,
  before,
  CLAUSE_WORDS,
  COMPANION,
  creditPronouns,
  DREAM_VERBS,
  FEELING_WINDOW,
  isAction,
  LOCATIVE,
  POSSESSIVE,
  SELF,
  SIMILE,
  TURN,
} from "./rank-cues";

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

/** What every symbol of one dream shares: its tokens, their stems, sentences and turn of story. */
type DreamView = {
  tokens: Token[];
  matches: Match[];
  emotions: Match[];
  stemAt: (index: number) => string;
  sentenceWords: Map<number, string[]>;
  sentenceLength: Map<number, number>;
};

const viewOf = (matches: Match[], emotions: Match[], tokens: Token[]): DreamView => {
  const stems = tokens.map(stemKey);
  const sentenceWords = new Map<number, string[]>();
  const sentenceLength = new Map<number, number>();
  for (const t of tokens) {
    sentenceLength.set(t.sentence, (sentenceLength.get(t.sentence) ?? 0) + 1);
    if (t.word.length <= 3) continue;
    const list = sentenceWords.get(t.sentence) ?? [];
    list.push(stems[t.index] ?? "-");
    sentenceWords.set(t.sentence, list);
  }
  return { tokens, matches, emotions, stemAt: (index) => stems[index] ?? "-", sentenceWords, sentenceLength };
};

/** The words around each mention, in its sentences, and the endings of its forms. */
const contextOf = (view: DreamView, own: Match[], seen: Set<number>, category: string): string[] => {
  const { stemAt, tokens } = view;
  const context = new Set<string>();
  // the words of the sentences that mention it, read for its kind of image ("укусила" for an animal)
  for (const k of seen)
    for (const word of view.sentenceWords.get(k) ?? []) context.add(`s:${category}:${word}`);
  for (const m of own) {
    context.add(`p1:${stemAt(m.index - 1)}`);
    context.add(`p1c:${category}:${stemAt(m.index - 1)}`);
    context.add(`p2:${stemAt(m.index - 2)}`);
    context.add(`n1:${stemAt(m.index + m.length)}`);
    context.add(`w:${stemAt(m.index)}`);
    // the ending tells the case of a Russian noun (subject or place) and the form of a verb
    const word = tokens[m.index];
    if (word && m.length === 1) context.add(`e:${word.lang}:${word.word.slice(-2)}`);
  }
  return [...context];
};

/** Cues around the mentions: counts for the per-mention ones, 0/1 for the others. */
const cuesOf = (view: DreamView, own: Match[], action: boolean) => {
  const { tokens, matches, emotions } = view;
  const cues = {
    feeling: 0,
    setting: 0,
    clause: 0,
    simile: 0,
    companion: 0,
    agentImage: 0,
    agentAction: 0,
    dreamVerb: 0,
    selfAction: 0,
    attention: 0,
    possessive: 0,
  };
  for (const m of own) {
    if (emotions.some((e) => Math.abs(e.index - m.index) <= FEELING_WINDOW)) cues.feeling++;
    if (m.length === 1 && before(tokens, m.index, 3, LOCATIVE)) cues.setting++;
    const sentenceStart = m.index === 0 || tokens[m.index - 1]?.sentence !== tokens[m.index]?.sentence;
    if (sentenceStart || before(tokens, m.index, 1, CLAUSE_WORDS)) cues.clause++;
    if (before(tokens, m.index, 2, SIMILE)) cues.simile++;
    if (before(tokens, m.index, 2, COMPANION)) cues.companion++;
    if (before(tokens, m.index, 3, DREAM_VERBS)) cues.dreamVerb = 1;
    if (action && before(tokens, m.index, 2, SELF)) cues.selfAction = 1;
    if (before(tokens, m.index, 3, ATTENTION)) cues.attention = 1;
    if (before(tokens, m.index, 2, POSSESSIVE)) cues.possessive = 1;
    const agent = matches.some(
      (o) => o !== m && Math.abs(o.index - m.index) <= AGENT_WINDOW && isAction(o.slug) !== action,
    );
    if (agent && action) cues.agentAction = 1;
    if (agent && !action) cues.agentImage = 1;
  }
  return cues;
};

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
  const view = viewOf(matches, emotions, tokens);
  const pronouns = creditPronouns(matches, tokens);
  return [...bySlug].map(([slug, { matches: own, sentences: seen }]): Candidate => {
    const head = own[0] as Match;
    const n = own.length;
    const cues = cuesOf(view, own, isAction(slug));
    const position = 1 - head.index / total;
    return {
      slug,
      count: n,
      firstIndex: head.index,
      context: contextOf(view, own, seen, getSymbol(slug)?.category ?? ""),
      features: {
        position,
        firstCandidate: head.index === first ? 1 : 0,
        count: Math.log2(n),
        phrase: own.some((m) => m.content > 1) ? 1 : 0,
        feeling: cues.feeling / n,
        setting: cues.setting / n,
        settingFirst: head.length === 1 && before(tokens, head.index, 3, LOCATIVE) ? 1 : 0,
        agentImage: cues.agentImage,
        agentAction: cues.agentAction,
        dreamVerb: cues.dreamVerb,
        clauseStart: cues.clause / n,
        simile: cues.simile / n,
        selfAction: cues.selfAction,
        spread: seen.size / sentences,
        firstSentence: seen.has(0) ? 1 : 0,
        lastSentence: sentences > 1 && seen.has(sentences - 1) ? 1 : 0,
        salience: Math.log(getSymbol(slug)?.salience ?? 1),
        shortPosition: total < 15 ? position : 0,
        companion: cues.companion / n,
        attention: cues.attention,
        possessive: cues.possessive,
        pronouns: Math.log2(1 + (pronouns.get(slug) ?? 0)),
        coverage: [...seen].reduce((sum, k) => sum + (view.sentenceLength.get(k) ?? 0), 0) / total,
        afterTurn: turn >= 0 && own.some((m) => m.index > turn) ? 1 : 0,
      },
    };
  });
};
