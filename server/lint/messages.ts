/** Bilingual message helpers: every finding is written in English and Korean side by side. */
import type { Bilingual } from './types.js';

export function say(en: string, ko: string): Bilingual {
  return { en, ko };
}
