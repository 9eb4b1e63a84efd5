import { describe, expect, it } from "vitest";
import { interpretationDraftSchema } from "../contract/interpretation";
import { analyzeDream } from "./analyze-dream";
import { interpretOffline } from "./offline-engine";

describe("offline engine", () => {
  it("finds symbols through inflections and phrases in Russian", () => {
    const analysis = analyzeDream("Мне снилось, что у меня выпадают зубы, а потом я долго летала над морем.");
    const slugs = analysis.symbols.map((s) => s.slug);
    expect(slugs).toContain("teeth");
    expect(slugs).toContain("flying");
    expect(slugs[0]).toBe("teeth");
  });

  it("finds symbols through inflections and phrases in English", () => {
    const analysis = analyzeDream(
      "My teeth were falling out, and later I flew over the houses of my old town.",
    );
    const slugs = analysis.symbols.map((s) => s.slug);
    expect(slugs[0]).toBe("teeth");
    expect(slugs).toContain("flying");
  });

  it("ignores negated emotions and rates intensity", () => {
    const calm = analyzeDream("Я видел змею, но я не боялся, мне было спокойно.");
    expect(calm.emotions.map((e) => e.slug)).not.toContain("fear");
    expect(calm.emotions.map((e) => e.slug)).toContain("relief");
    const scared = analyzeDream("I was very scared, so scared, terrified of the dark water!");
    expect(scared.emotions[0]).toMatchObject({ slug: "fear", intensity: "high" });
  });

  it("answers the full contract in the dream's language", () => {
    const ru = interpretOffline({
      text: "Мне снилась собака, которая бежала за мной по лесу. Было тревожно.",
      language: "ru",
    });
    expect(interpretationDraftSchema.safeParse(ru.draft).success).toBe(true);
    expect(ru.draft.main_symbol).toBe("Собака");
    expect(ru.draft.interpretation).toMatch(/собак/i);
    expect(ru.draft.emotions[0]?.name).toBe("тревога");
    expect(ru.draft.advice.length).toBeGreaterThan(20);
    expect(ru.draft.tags).toContain("собака");
    expect(ru.engine).toBe("offline");

    const en = interpretOffline({
      text: "A black dog was chasing me through the forest and I felt anxious.",
      language: "en",
    });
    expect(en.draft.main_symbol).toBe("Dog");
    expect(en.draft.interpretation).not.toMatch(/[а-я]/i);
  });

  it("reads a relative and a death close together as a dream of a deceased relative", () => {
    const slugs = (text: string) => analyzeDream(text).symbols.map((s) => s.slug);
    expect(slugs("My dad was at the party handing out sodas like he used to. He died in 2021.")).toContain(
      "deceased-relative",
    );
    expect(slugs("Бабушка пекла пироги, хотя она умерла пять лет назад")).toContain("deceased-relative");
    expect(slugs("My dad was at the party handing out sodas.")).not.toContain("deceased-relative");
  });

  it("is deterministic and mentions recurring symbols from the history", () => {
    const text = "I was swimming in clear water near the shore, calm and happy.";
    const a = interpretOffline({ text, language: "en" });
    const b = interpretOffline({ text, language: "en" });
    expect(a).toEqual(b);
    const main = analyzeDream(text).symbols[0]?.slug ?? "";
    const withHistory = interpretOffline({ text, language: "en", history: [{ slug: main, count: 2 }] });
    expect(withHistory.draft.interpretation).toContain("time number 3");
  });

  it("still answers a dream with no known symbol, emoji-only or repeated text", () => {
    for (const text of [
      "Что-то непонятное происходило, какие-то люди говорили",
      "🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙🌙",
      "вода ".repeat(800),
    ]) {
      const result = interpretOffline({ text, language: "ru" });
      expect(interpretationDraftSchema.safeParse(result.draft).success).toBe(true);
    }
  });
});
