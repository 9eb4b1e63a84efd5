import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize";
import { detectCues } from "./detect-cues";
import { interpretOffline } from "./offline-engine";

describe("dream-type cues", () => {
  it("recognises nightmares, recurring, lucid and 'prophetic' worries in both languages", () => {
    expect(detectCues(tokenize("Это был настоящий кошмар, я проснулась в холодном поту"))).toContain(
      "nightmare",
    );
    expect(detectCues(tokenize("Мне опять снился тот же сон про школу"))).toContain("recurring");
    expect(detectCues(tokenize("Во сне я понял, что сплю, и полетел"))).toContain("lucid");
    expect(detectCues(tokenize("Скажите, это вещий сон? Он сбудется?"))).toContain("prophetic");
    expect(detectCues(tokenize("I keep having the same dream every night"))).toContain("recurring");
    expect(detectCues(tokenize("I realized I was dreaming and started to fly"))).toContain("lucid");
    expect(detectCues(tokenize("It was a horrible nightmare, I woke up screaming"))).toContain("nightmare");
    expect(detectCues(tokenize("Мне снилась обычная прогулка в парке"))).toEqual([]);
  });

  it("answers frightening dreams calmly, never as an omen", () => {
    const result = interpretOffline({
      text: "Мне приснился кошмар: я умерла, а потом у меня выпали все зубы. Это вещий сон?",
      language: "ru",
    });
    const text = result.draft.interpretation;
    expect(text).toContain("не предсказывают");
    expect(result.draft.tags).toContain("кошмар");
    expect(text).not.toMatch(/к беде|к смерти|плохой знак/i);
  });

  it("points gently to help when the text suggests self-harm", () => {
    const ru = interpretOffline({ text: "Мне снилось, что я стою на мосту и не хочу жить", language: "ru" });
    expect(ru.draft.interpretation).toContain("112");
    expect(ru.draft.advice).toContain("112");
    const en = interpretOffline({ text: "In the dream I wanted to die and nobody noticed", language: "en" });
    expect(en.draft.advice).toMatch(/emergency number/);
    const calm = interpretOffline({ text: "I was walking by the river on a sunny morning", language: "en" });
    expect(calm.draft.advice).not.toMatch(/emergency number/);
  });
});

describe("lenses", () => {
  const text = "Мне снилась большая змея, она ползла по траве в саду, и мне было страшно.";

  it("reads the same dream visibly differently through each lens", () => {
    const psychological = interpretOffline({ text, language: "ru" }).draft.interpretation;
    const jungian = interpretOffline({ text, language: "ru", lens: "jungian" }).draft.interpretation;
    const folk = interpretOffline({ text, language: "ru", lens: "folk" }).draft.interpretation;
    expect(new Set([psychological, jungian, folk]).size).toBe(3);
    expect(jungian).toMatch(/Юнг/);
    expect(folk).toMatch(/сонник|традици/i);
    const enFolk = interpretOffline({
      text: "A big snake crawled through the garden grass",
      language: "en",
      lens: "folk",
    });
    expect(enFolk.draft.interpretation).toMatch(/dream book|tradition/i);
  });

  it("never echoes the dreamer's markup into the reading", () => {
    const result = interpretOffline({
      text: "<script>alert('x')</script> **мне снилась** [вода](javascript:alert(1)) <img src=x onerror=alert(1)>",
      language: "ru",
    });
    expect(result.draft.interpretation).not.toMatch(/<script|onerror|javascript:/);
    expect(result.draft.main_symbol).toBe("Вода");
  });
});
