import type { Language } from "../contract/interpretation";

type Phrases = {
  openings: ((name: string, emoji: string) => string)[];
  companions: ((names: string) => string)[];
  bridge: (name: string) => string;
  feelings: ((names: string) => string)[];
  noFeelings: string;
  recurring: (name: string, count: number) => string;
  closings: string[];
  noSymbol: { name: string; text: string; advice: string };
  feelingAdvice: Record<"negative" | "positive" | "neutral", string>;
  and: string;
};

const ru: Phrases = {
  openings: [
    (n, e) => `Главный образ этого сна — ${n} ${e}.`,
    (n, e) => `В центре сна оказывается ${n} ${e}, и с него стоит начать.`,
    (n, e) => `Сильнее всего здесь звучит образ «${n}» ${e}.`,
  ],
  companions: [
    (l) => `Рядом с ним появляются и другие образы — ${l}.`,
    (l) => `Сюжет дополняют ${l}, и вместе они рассказывают одну историю.`,
    (l) => `Важны и второстепенные детали: ${l}.`,
  ],
  bridge: (n) => `Образ «${n}» добавляет свой оттенок:`,
  feelings: [
    (l) => `Эмоциональный фон сна — ${l}.`,
    (l) => `По пересказу видно, что во сне были ${l}.`,
    (l) => `Чувства, которые вы описываете, — ${l} — подсказывают, куда смотреть.`,
  ],
  noFeelings:
    "В пересказе почти нет названных чувств; попробуйте вспомнить, с каким настроением вы проснулись, — это ключ к смыслу сна.",
  recurring: (n, c) =>
    `Образ «${n}» появляется в вашем дневнике уже не впервые (${c + 1}-й раз) — повторяющиеся образы обычно указывают на тему, которая просит внимания.`,
  closings: [
    "Сон не предсказывает событий: он показывает, чем сейчас занята ваша душа, и даёт возможность посмотреть на это спокойно.",
    "Воспринимайте этот сон как приглашение к размышлению, а не как предзнаменование.",
    "Сны говорят на языке образов; смысл, который откликается именно вам, важнее любого толкования.",
  ],
  noSymbol: {
    name: "Сон",
    text: "В этом сне нет одного яркого образа, вокруг которого строится сюжет, — и это тоже информация: психика может перебирать впечатления дня, не выделяя главного.",
    advice:
      "Запишите, что вы почувствовали сразу после пробуждения, и вернитесь к этому сну через несколько дней.",
  },
  feelingAdvice: {
    negative:
      "Если тяжёлые чувства из сна задержались, дайте им немного времени: запишите их или поговорите с близким человеком.",
    positive:
      "Заметьте, в какой момент дня вы испытываете похожие чувства, — это подсказка о том, что вас поддерживает.",
    neutral: "Понаблюдайте несколько дней, в каких ситуациях возвращается это ощущение.",
  },
  and: "и",
};

const en: Phrases = {
  openings: [
    (n, e) => `The central image of this dream is ${n} ${e}.`,
    (n, e) => `At the heart of the dream stands ${n} ${e}, and that is the place to begin.`,
    (n, e) => `The image that speaks loudest here is ${n} ${e}.`,
  ],
  companions: [
    (l) => `Other images appear beside it — ${l}.`,
    (l) => `The story is filled out by ${l}, and together they tell a single tale.`,
    (l) => `The supporting details matter too: ${l}.`,
  ],
  bridge: (n) => `The image of ${n} adds its own shade:`,
  feelings: [
    (l) => `The emotional tone of the dream is ${l}.`,
    (l) => `Your retelling shows ${l} running through the dream.`,
    (l) => `The feelings you describe — ${l} — point to where to look.`,
  ],
  noFeelings:
    "Your retelling names few feelings; try to recall the mood you woke up with — it is a key to the dream's meaning.",
  recurring: (n, c) =>
    `${capitalize(n)} is not new to your journal (this is time number ${c + 1}) — recurring images usually point to a theme that is asking for attention.`,
  closings: [
    "A dream does not predict events: it shows what your inner life is busy with and lets you look at it calmly.",
    "Take this dream as an invitation to reflect rather than as an omen.",
    "Dreams speak in images; the meaning that resonates with you matters more than any reading.",
  ],
  noSymbol: {
    name: "Dream",
    text: "This dream has no single vivid image around which the story is built — and that is information too: the mind may be sorting through the day's impressions without singling one out.",
    advice: "Write down what you felt right after waking and come back to this dream in a few days.",
  },
  feelingAdvice: {
    negative:
      "If the heavy feelings from the dream linger, give them a little time: write them down or talk to someone close.",
    positive: "Notice when during the day you feel something similar — it hints at what supports you.",
    neutral: "Watch for a few days in which situations this feeling returns.",
  },
  and: "and",
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const PHRASES: Record<Language, Phrases> = { ru, en };

/** "a, b and c" in the given language. */
export const joinList = (items: string[], language: Language): string => {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${PHRASES[language].and} ${items.at(-1)}`;
};

/** Deterministic pick: the same dream always reads the same, different dreams vary. */
export const pick = <T>(items: readonly T[], seed: number): T => items[seed % items.length] as T;
