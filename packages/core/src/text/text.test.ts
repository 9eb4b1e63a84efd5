import { describe, expect, it } from "vitest";
import { detectLanguage, primaryLanguage } from "./detect-language";
import { isNegated } from "./negation";
import { normalizeText } from "./normalize-text";
import { stem } from "./stem";
import { tokenize } from "./tokenize";

describe("text analysis", () => {
  it("detects Russian, English and mixed text by script", () => {
    expect(detectLanguage("Мне снилась большая вода")).toBe("ru");
    expect(detectLanguage("I dreamt of deep water")).toBe("en");
    expect(detectLanguage("Мне снился big black dog и кошка")).toBe("mixed");
    expect(detectLanguage("🌙🌙🌙 123")).toBe("mixed");
    expect(primaryLanguage("Мне снился big dog и большая кошка")).toBe("ru");
    expect(primaryLanguage("a dream about снег and a big white house")).toBe("en");
  });

  it("normalizes case, ё and whitespace", () => {
    expect(normalizeText("  Ёлка   и  ЁЖ\n")).toBe("елка и еж");
  });

  it("tokenizes words with their script and keeps contractions", () => {
    const tokens = tokenize("I wasn't scared, а ты — нет!");
    expect(tokens.map((t) => t.word)).toEqual(["i", "wasn't", "scared", "а", "ты", "нет"]);
    expect(tokens.map((t) => t.lang)).toEqual(["en", "en", "en", "ru", "ru", "ru"]);
  });

  it("numbers sentences and brings English irregular past forms to the base verb", () => {
    expect(tokenize("Я шла. Вдруг — волк! And then? Nothing").map((t) => t.sentence)).toEqual([
      0, 0, 1, 1, 2, 2, 3,
    ]);
    expect(["flew", "flown", "fly", "flying"].map((w) => stem(w, "en"))).toEqual([
      "fli",
      "fli",
      "fli",
      "fli",
    ]);
    expect(stem("swam", "en")).toBe(stem("swim", "en"));
    expect(stem("left", "en")).not.toBe(stem("leave", "en"));
  });

  it("sees negation in the two words before", () => {
    const ru = tokenize("я не боялся");
    expect(isNegated(ru, 2)).toBe(true);
    const en = tokenize("I wasn't scared at all");
    expect(isNegated(en, 2)).toBe(true);
    expect(isNegated(tokenize("I was scared"), 2)).toBe(false);
    expect(isNegated(tokenize("Всё не так. Зуб выпал"), 3)).toBe(false);
  });
});
