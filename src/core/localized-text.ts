/** A locale the library writes messages and explanations in. */
export type Locale = 'vi' | 'en';

/** A text given in Vietnamese (the legal wording) and English. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** Picks the text for `locale`. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return locale === 'vi' ? text.vi : text.en;
}
