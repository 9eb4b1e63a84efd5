import type { Phrases } from "./types";

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const en: Phrases = {
  openings: {
    psychological: [
      (n, e) => `The central image of this dream is ${n} ${e}.`,
      (n, e) => `At the heart of the dream stands ${n} ${e}, and that is the place to begin.`,
      (n, e) => `The image that speaks loudest here is ${n} ${e}.`,
    ],
    jungian: [
      (n, e) => `Seen through Jung's analytical psychology, the key to this dream is ${n} ${e}.`,
      (n, e) => `Through a Jungian lens, ${n} ${e} is a message from the unconscious.`,
    ],
    folk: [
      (n, e) => `Folk dream books have their own reading of ${n} ${e} — a tradition, not a prediction.`,
      (n, e) => `Traditional dream books have long paid attention to an image like ${n} ${e}.`,
    ],
  },
  scenario: (t) => `Your story is closest to the scenario "${t}":`,
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
  cues: {
    nightmare:
      "This was a hard dream, and it is natural to feel shaken afterwards. Nightmares are the mind's way of working through strong tension; they do not foretell misfortune.",
    recurring:
      "You say this dream keeps coming back. Recurring dreams tend to return for as long as the theme they raise stays unfinished in waking life.",
    lucid:
      "You knew you were dreaming — a lucid dream. In such dreams you can gently change the story and ask the images questions.",
    prophetic:
      "If you are wondering whether this dream is a sign: dreams do not predict the future; they mirror your feelings and expectations. The worry about the future is itself a useful clue.",
    "self-harm":
      "Your words carry some very heavy thoughts. If you are thinking about harming yourself, please do not stay alone with it: talk to someone you trust, reach out to a mental-health professional, or call your local emergency number (112 in Europe and Russia, 911 in the US) — help is available right now.",
  },
  closings: {
    psychological: [
      "A dream does not predict events: it shows what your inner life is busy with and lets you look at it calmly.",
      "Take this dream as an invitation to reflect rather than as an omen.",
      "Dreams speak in images; the meaning that resonates with you matters more than any reading.",
    ],
    jungian: [
      "Jung saw dreams as compensating for a one-sided waking attitude: ask yourself which part of you is going unnoticed right now.",
      "In the Jungian view every figure in a dream is a part of you; a dialogue with them leads towards wholeness.",
    ],
    folk: [
      "Remember that dream-book readings are folk tradition, not knowledge of the future; what the dream says about your feelings matters more.",
      "Folk signs are interesting as culture, but decisions are best made on what you feel while awake.",
    ],
  },
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
  cueTags: {
    nightmare: "nightmare",
    recurring: "recurring dream",
    lucid: "lucid dream",
    prophetic: null,
    "self-harm": null,
  },
  and: "and",
};
