import type { Category } from "../../catalogue/catalogue-schema";
import { DEEP_DIVE_SECTIONS } from "../../contract/deep-dive";
import type { Language } from "../../contract/interpretation";

export type DeepDivePhrases = {
  title: (symbol: string) => string;
  sections: Record<
    "symbols" | "archetypes" | "emotional_arc" | "waking_life" | "questions" | "patterns",
    string
  >;
  noSymbols: string;
  arcOne: (emotion: string) => string;
  arcMany: (first: string, last: string) => string;
  arcNone: string;
  waking: Record<Category, string>;
  questions: {
    category: Record<Category, string>;
    negative: string;
    positive: string;
    recurring: string;
    general: string;
  };
  patternsNone: string;
  patternsSome: (list: string) => string;
  patternsMain: (symbol: string, count: number) => string;
  times: (count: number) => string;
};

const ru: DeepDivePhrases = {
  title: (s) => `Глубокий разбор сна: ${s}`,
  sections: {
    symbols: "Символы",
    archetypes: "Архетипы",
    emotional_arc: "Эмоциональная линия",
    waking_life: "Связь с жизнью наяву",
    questions: "Вопросы для размышления",
    patterns: "Повторы в дневнике",
  },
  noSymbols: "Явных символов из каталога в этом сне нет — важнее всего здесь общее настроение и сюжет.",
  arcOne: (e) =>
    `Весь сон окрашен одним чувством — ${e}. Такое единство говорит о том, что тема сна для вас сейчас очень цельная и ощутимая.`,
  arcMany: (a, b) =>
    `Сон начинается с чувства «${a}» и приходит к чувству «${b}». Такое движение показывает, как психика проживает тему: с чего она начинается и куда ведёт.`,
  arcNone:
    "Чувства в пересказе почти не названы. Попробуйте отметить, что вы ощущали в начале сна и в момент пробуждения, — разница между ними многое объясняет.",
  waking: {
    animals:
      "Животные во сне часто говорят об инстинктах, телесных потребностях и спонтанных реакциях. Где наяву вы сдерживаете естественный порыв — или, наоборот, даёте ему слишком много воли?",
    nature:
      "Природные образы отражают общий эмоциональный климат: спокойствие, бурю, перемену сезона. Какая «погода» сейчас у вас на душе?",
    people:
      "Люди во сне — это и реальные отношения, и качества, которые вы в них видите. О ком из окружения вы сейчас много думаете?",
    body: "Образы тела связаны с самоощущением, здоровьем, уверенностью и тем, как вы выглядите в глазах других.",
    house:
      "Дом во сне часто символизирует вас самих и вашу внутреннюю жизнь; комнаты — её разные стороны, семья — её основу.",
    places: "Места во сне показывают, в какой «точке» жизни вы себя ощущаете и куда стремитесь.",
    transport: "Транспорт связан с направлением и темпом жизни: кто ведёт, успеваете ли вы, куда движетесь.",
    objects:
      "Предметы во сне обычно обозначают ресурсы, роли и инструменты — то, что помогает или мешает вам наяву.",
    actions:
      "Действия во сне отражают то, как вы сейчас справляетесь с задачами: стремитесь, убегаете, боретесь или отпускаете.",
    events: "События во сне часто отмечают переходы: окончание одного этапа и начало другого.",
    supernatural:
      "Сверхъестественные образы выносят на поверхность то, что трудно назвать словами: страхи, надежды, ощущение тайны.",
    states:
      "Состояния во сне — потерянность, опоздание, беспомощность — прямо говорят о самоощущении в текущей ситуации.",
  },
  questions: {
    category: {
      animals: "Какой свой инстинкт или порыв вы узнаёте в этом животном?",
      nature: "Какое настроение этой природы вам знакомо по последним дням?",
      people: "Что вы хотели бы сказать этому человеку, если бы могли?",
      body: "Как вы сейчас относитесь к своему телу и своей уверенности?",
      house: "Какая часть вашей жизни похожа на этот дом?",
      places: "Где вы хотели бы оказаться, если бы сон продолжился?",
      transport: "Кто сейчас за рулём в вашей жизни — вы или обстоятельства?",
      objects: "Что этот предмет даёт вам — или чего лишает?",
      actions: "От чего или к чему вы движетесь в этом сне?",
      events: "Какой переход или перемена происходят в вашей жизни сейчас?",
      supernatural: "Чего вы не можете объяснить в своей жизни прямо сейчас?",
      states: "В какой ситуации наяву вы чувствуете себя так же?",
    },
    negative: "Когда в последний раз вы чувствовали то же, что во сне, — и что тогда происходило?",
    positive: "Что могло бы принести вам больше этого чувства наяву?",
    recurring: "Что в вашей жизни повторяется так же, как этот сон?",
    general: "Какая деталь сна запомнилась сильнее всего и почему именно она?",
  },
  patternsNone:
    "В дневнике пока мало записей, чтобы увидеть повторы. Записывайте сны — со временем проявятся устойчивые темы.",
  patternsSome: (l) => `Чаще всего в вашем дневнике встречаются: ${l}.`,
  patternsMain: (s, c) => `Образ «${s}» уже появлялся у вас ${c} раз(а) — это одна из ваших постоянных тем.`,
  times: (c) => `${c}`,
};

const en: DeepDivePhrases = {
  title: (s) => `Deep dive: ${s}`,
  sections: {
    symbols: "Symbols",
    archetypes: "Archetypes",
    emotional_arc: "Emotional arc",
    waking_life: "Links to waking life",
    questions: "Questions for reflection",
    patterns: "Patterns across your journal",
  },
  noSymbols: "This dream has no clear catalogue symbols — its overall mood and story matter most.",
  arcOne: (e) =>
    `The whole dream is coloured by one feeling — ${e}. Such unity suggests the dream's theme is very whole and tangible for you right now.`,
  arcMany: (a, b) =>
    `The dream begins with ${a} and arrives at ${b}. This movement shows how the mind lives through the theme: where it starts and where it leads.`,
  arcNone:
    "Your retelling names few feelings. Try to note what you felt at the start of the dream and on waking — the difference explains a lot.",
  waking: {
    animals:
      "Animals in dreams often speak of instincts, bodily needs and spontaneous reactions. Where in waking life are you holding back a natural impulse — or giving it too much rein?",
    nature:
      "Images of nature reflect your overall emotional climate: calm, storm, a change of season. What is the weather inside you these days?",
    people:
      "People in dreams are both real relationships and the qualities you see in them. Who in your life is on your mind a lot right now?",
    body: "Images of the body are tied to how you feel in yourself: health, confidence and how you appear to others.",
    house:
      "A house in a dream often stands for you and your inner life; its rooms for different sides of it, the family for its foundation.",
    places: "Places in dreams show where in life you feel you are standing and where you are heading.",
    transport:
      "Transport is about direction and pace: who is driving, whether you are keeping up, where you are going.",
    objects:
      "Objects in dreams usually stand for resources, roles and tools — what helps or hinders you in waking life.",
    actions:
      "Actions in dreams mirror how you handle things right now: striving, escaping, fighting or letting go.",
    events: "Events in dreams often mark transitions: one stage ending and another beginning.",
    supernatural:
      "Supernatural images bring up what is hard to put into words: fears, hopes, a sense of mystery.",
    states:
      "States in dreams — being lost, late, helpless — speak directly of how you feel in your current situation.",
  },
  questions: {
    category: {
      animals: "Which instinct or impulse of yours do you recognise in this animal?",
      nature: "Which mood of this landscape do you know from recent days?",
      people: "What would you say to this person if you could?",
      body: "How do you feel about your body and your confidence these days?",
      house: "Which part of your life is like this house?",
      places: "Where would you go if the dream went on?",
      transport: "Who is at the wheel of your life right now — you or circumstances?",
      objects: "What does this object give you — or take away?",
      actions: "What are you moving away from, or towards, in this dream?",
      events: "What transition or change is happening in your life now?",
      supernatural: "What in your life can you not explain right now?",
      states: "In which waking situation do you feel the same way?",
    },
    negative: "When did you last feel what you felt in the dream — and what was happening then?",
    positive: "What could bring you more of this feeling in waking life?",
    recurring: "What in your life repeats itself the way this dream does?",
    general: "Which detail of the dream stayed with you most, and why that one?",
  },
  patternsNone:
    "Your journal is still too short to show patterns. Keep recording dreams — lasting themes will emerge.",
  patternsSome: (l) => `The images that appear most often in your journal: ${l}.`,
  patternsMain: (s, c) =>
    `${s.charAt(0).toUpperCase()}${s.slice(1)} has already appeared ${c} time(s) — one of your standing themes.`,
  times: (c) => `${c}`,
};

export const DEEP_DIVE_PHRASES: Record<Language, DeepDivePhrases> = { ru, en };

/** The localized title of each deep-dive section, in the contract's order. */
export const deepDiveSectionTitles = (language: Language) =>
  DEEP_DIVE_SECTIONS.map((id) => ({ id, title: DEEP_DIVE_PHRASES[language].sections[id] }));
