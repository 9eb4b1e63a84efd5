import type { Language } from "../../contract/interpretation";
import { en } from "./en";
import { ru } from "./ru";
import type { Phrases } from "./types";

export type { Phrases };

export const PHRASES: Record<Language, Phrases> = { ru, en };

/** "a, b and c" in the given language. */
export const joinList = (items: string[], language: Language): string => {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${PHRASES[language].and} ${items.at(-1)}`;
};

/** Deterministic pick: the same dream always reads the same, different dreams vary. */
export const pick = <T>(items: readonly T[], seed: number): T => items[seed % items.length] as T;
