import { describe, expect, it } from "vitest";
import { stem } from "../text/stem";
import { tokenize } from "../text/tokenize";
import { EMOTIONS, getSymbol, SYMBOLS } from "./catalogue";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("symbol catalogue", () => {
  it("has at least 60 symbols with both languages, emoji and meaning", () => {
    expect(SYMBOLS.length).toBeGreaterThanOrEqual(60);
    for (const s of SYMBOLS) {
      expect(s.name.ru, s.slug).toMatch(/[а-яё]/i);
      expect(s.name.en, s.slug).toMatch(/[a-z]/i);
      expect(s.forms.ru.length, s.slug).toBeGreaterThan(0);
      expect(s.forms.en.length, s.slug).toBeGreaterThan(0);
      expect(words(s.meaning.ru), s.slug).toBeGreaterThanOrEqual(20);
      expect(words(s.meaning.en), s.slug).toBeGreaterThanOrEqual(20);
      expect(s.emoji.length, s.slug).toBeGreaterThan(0);
    }
  });

  it("has unique slugs and related slugs that exist", () => {
    const slugs = new Set(SYMBOLS.map((s) => s.slug));
    expect(slugs.size).toBe(SYMBOLS.length);
    for (const s of SYMBOLS) {
      for (const r of s.related) {
        expect(getSymbol(r), `${s.slug} → ${r}`).toBeDefined();
        expect(r).not.toBe(s.slug);
      }
    }
  });

  it("never lets two symbols claim the same word form (after stemming)", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of SYMBOLS) {
      for (const form of [...s.forms.ru, ...s.forms.en]) {
        const key = tokenize(form)
          .map((t) => `${t.lang}:${stem(t.word, t.lang)}`)
          .join(" ");
        const owner = owners.get(key);
        if (owner && owner !== s.slug) clashes.push(`${form}: ${owner} / ${s.slug}`);
        owners.set(key, s.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has an emotion lexicon in both languages", () => {
    expect(EMOTIONS.length).toBeGreaterThanOrEqual(12);
    for (const e of EMOTIONS) {
      expect(e.name.ru).toMatch(/[а-я]/);
      expect(e.name.en).toMatch(/[a-z]/);
    }
  });
});
