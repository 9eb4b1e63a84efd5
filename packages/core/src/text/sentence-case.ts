/** The first sentence of a text (the whole text when it has no sentence end). */
export const firstSentence = (text: string): string => text.match(/^.*?[.!?…](?=\s|$)/s)?.[0] ?? text;

/** The text with its first letter lower-cased, to place a name inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
