import { describe, expect, it } from "vitest";
import { deepDiveSchema } from "../../contract/deep-dive";
import { deepDiveOffline } from "./deep-dive";

describe("deep-dive reading", () => {
  it("writes every section in the dream's language", () => {
    const result = deepDiveOffline({
      text: "Мне снилось, что я в старом доме, за мной гонится собака, мне страшно, но потом я нахожу выход и чувствую облегчение.",
      language: "ru",
      history: [
        { slug: "dog", count: 3 },
        { slug: "water", count: 1 },
      ],
    });
    expect(deepDiveSchema.safeParse(result).success).toBe(true);
    expect(result.sections.map((s) => s.id)).toEqual([
      "symbols",
      "archetypes",
      "emotional_arc",
      "waking_life",
      "questions",
      "patterns",
    ]);
    const body = (id: string) => result.sections.find((s) => s.id === id)?.body ?? "";
    expect(body("emotional_arc")).toContain("«страх»");
    expect(body("emotional_arc")).toContain("«облегчение»");
    expect(body("patterns")).toMatch(/собака \(3\)/);
    expect(result.questions.length).toBeGreaterThanOrEqual(3);
    expect(result.sections.map((s) => s.body).join(" ")).not.toMatch(/\b(the|and)\b/);
  });

  it("works in English and for a journal with no history", () => {
    const result = deepDiveOffline({
      text: "I was flying above the sea and felt so free and happy",
      language: "en",
    });
    expect(result.title).toMatch(/^Deep dive/);
    expect(result.sections.find((s) => s.id === "patterns")?.body).toMatch(/too short/);
    expect(result.sections.every((s) => !/[а-я]/i.test(s.body))).toBe(true);
  });
});
