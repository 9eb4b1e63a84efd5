import type { Match } from "../catalogue/find-matches";
import type { Token } from "../text/tokenize";

/**
 * Images that two symbols make together: a relative and a death in the same breath ("my dad was
 * handing out sodas… he died in 2021", "бабушка, которая умерла") is a dream of a deceased
 * relative, whatever words were used. The composed match sits where the relative is named.
 */
const RULES: { people: ReadonlySet<string>; cue: string; yields: string }[] = [
  {
    people: new Set([
      "mother",
      "father",
      "grandmother",
      "grandfather",
      "husband",
      "wife",
      "sister",
      "brother",
      "son",
      "daughter",
      "relatives",
      "mother-in-law",
      "friend",
    ]),
    cue: "death",
    yields: "deceased-relative",
  },
];

/** Adds the composed images; the two parts must be in one sentence or in neighbouring ones. */
export const composeMatches = (matches: Match[], tokens: Token[]): Match[] => {
  const sentence = (m: Match) => tokens[m.index]?.sentence ?? 0;
  const composed: Match[] = [];
  for (const rule of RULES) {
    if (matches.some((m) => m.slug === rule.yields)) continue;
    const cues = matches.filter((m) => m.slug === rule.cue);
    const person = matches.find(
      (m) => rule.people.has(m.slug) && cues.some((c) => Math.abs(sentence(c) - sentence(m)) <= 1),
    );
    if (person) composed.push({ slug: rule.yields, index: person.index, length: 1, content: 1 });
  }
  return composed.length > 0 ? [...matches, ...composed].sort((a, b) => a.index - b.index) : matches;
};
