import { describe, expect, it } from "vitest";
import { stemKey } from "../text/stem";
import { tokenize } from "../text/tokenize";
import { compileLexicon, EMOTIONS, getSymbol, SYMBOLS, symbolLexicon } from "./catalogue";
import { findMatches } from "./find-matches";

const words = (text: string | undefined) => (text ?? "").split(/\s+/).filter(Boolean).length;
const CYRILLIC = /[а-яё]/i;
const LATIN = /[a-z]/i;

type Problem = string;

/** Every content rule of one entry, as readable problems (empty when the entry is fine). */
const problemsOf = (s: (typeof SYMBOLS)[number]): Problem[] => {
  const p: Problem[] = [];
  const within = (label: string, text: string | undefined, min: number, max: number) => {
    const n = words(text);
    if (n < min || n > max) p.push(`${label}: ${n} words, expected ${min}–${max}`);
  };
  if (!CYRILLIC.test(s.name.ru)) p.push("name.ru is not Russian");
  if (!LATIN.test(s.name.en)) p.push("name.en is not English");
  if (s.forms.ru.length < 3) p.push("fewer than 3 Russian forms");
  if (s.forms.en.length < 2) p.push("fewer than 2 English forms");
  for (const f of [...s.forms.ru, ...s.forms.en])
    if (f !== f.toLowerCase()) p.push(`form not lowercase: ${f}`);
  if (!s.emoji.trim()) p.push("no emoji");
  within("meaning.ru", s.meaning.ru, 80, 200);
  within("meaning.en", s.meaning.en, 80, 200);
  if (!CYRILLIC.test(s.meaning.ru)) p.push("meaning.ru is not Russian");
  if (CYRILLIC.test(s.meaning.en)) p.push("meaning.en contains Cyrillic");
  if (s.scenarios.length < 3) p.push(`${s.scenarios.length} scenarios, expected at least 3`);
  s.scenarios.forEach((sc, i) => {
    if (!sc.title.ru || !sc.title.en) p.push(`scenario ${i}: title missing`);
    within(`scenario ${i} reading.ru`, sc.reading.ru, 15, 90);
    within(`scenario ${i} reading.en`, sc.reading.en, 15, 90);
  });
  within("psychology.ru", s.psychology?.ru, 30, 150);
  within("psychology.en", s.psychology?.en, 30, 150);
  within("folk.ru", s.folk?.ru, 25, 130);
  within("folk.en", s.folk?.en, 25, 130);
  if (s.folk && !/традиц|сонник/i.test(s.folk.ru))
    p.push("folk.ru must be labelled as tradition (традиция / сонник)");
  if (s.folk && !/tradition|dream book|dream-book/i.test(s.folk.en))
    p.push("folk.en must be labelled as tradition");
  if (words(s.advice.ru) < 5 || words(s.advice.en) < 5) p.push("advice too short");
  if (s.related.length === 0) p.push("no related symbols");
  for (const r of s.related) {
    if (r === s.slug) p.push("related to itself");
    else if (!getSymbol(r)) p.push(`related slug does not exist: ${r}`);
  }
  return p;
};

describe("symbol catalogue", () => {
  it("has at least 300 symbols with unique slugs", () => {
    expect(SYMBOLS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(SYMBOLS.map((s) => s.slug)).size).toBe(SYMBOLS.length);
  });

  it("has every entry complete in both languages and within length bounds", () => {
    const report = SYMBOLS.flatMap((s) => problemsOf(s).map((problem) => `${s.slug}: ${problem}`));
    expect(report).toEqual([]);
  });

  it("never lets two symbols claim the same word form (after stemming)", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of SYMBOLS) {
      for (const form of [...s.forms.ru, ...s.forms.en]) {
        const key = tokenize(form).map(stemKey).join(" ");
        const owner = owners.get(key);
        if (owner && owner !== s.slug) clashes.push(`"${form}": ${owner} / ${s.slug}`);
        owners.set(key, s.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("keeps exact spellings single words, each claimed once, and matched before stems", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of SYMBOLS) {
      for (const word of [...s.exact.ru, ...s.exact.en]) {
        expect(tokenize(word)).toHaveLength(1);
        const owner = owners.get(word);
        if (owner && owner !== s.slug) clashes.push(`"${word}": ${owner} / ${s.slug}`);
        owners.set(word, s.slug);
      }
    }
    expect(clashes).toEqual([]);
    const lexicon = compileLexicon([
      { slug: "grief", forms: { ru: ["горе"], en: ["grief"] } },
      { slug: "mountain", forms: { ru: ["скала"], en: ["mountain"] }, exact: { ru: ["гору"], en: [] } },
    ]);
    const slugs = (text: string) => findMatches(tokenize(text), lexicon).map((m) => m.slug);
    expect(slugs("лезу в гору")).toEqual(["mountain"]);
    expect(slugs("такое горе")).toEqual(["grief"]);
  });

  it("leaves everyday words alone (no symbol is read from them)", () => {
    const everyday =
      "садится могу кладу более еле умею прихожу бурый брать тесто платить деться " +
      "lately ringing customers related booked rocking parking waving apart tripped";
    const found = findMatches(tokenize(everyday), symbolLexicon).map((m) => m.slug);
    expect(found).toEqual([]);
  });

  it("has an emotion lexicon in both languages", () => {
    expect(EMOTIONS.length).toBeGreaterThanOrEqual(12);
    for (const e of EMOTIONS) {
      expect(e.name.ru).toMatch(CYRILLIC);
      expect(e.name.en).toMatch(LATIN);
    }
  });
});
