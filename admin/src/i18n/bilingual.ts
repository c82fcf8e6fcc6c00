/**
 * A message catalog declared once in both languages (a JSON file such as ./app-messages.json): every
 * message is a pair `{ "zh": 中文, "en": English }`, so a key cannot be added in one language only.
 * `bilingual(catalog)` splits it into the two trees react-admin's i18n provider takes (`{ zh, en }`, the
 * same keys in both).
 */

/** One message: its Chinese text and its English text. */
export interface Pair {
  readonly zh: string;
  readonly en: string;
}

/** Messages by key, nested as react-admin's dotted keys are (`screens.inbox.title`). */
export type Catalog = { readonly [key: string]: Pair | Catalog };

/** A catalog's messages in one language. */
export type Messages<T extends Catalog> = { [K in keyof T]: T[K] extends Pair ? string : Messages<T[K] & Catalog> };

function isPair(value: Pair | Catalog): value is Pair {
  return typeof value.zh === "string" && typeof value.en === "string";
}

function pick<T extends Catalog>(catalog: T, locale: "zh" | "en"): Messages<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(catalog)) {
    out[key] = isPair(value) ? value[locale] : pick(value, locale);
  }
  return out as Messages<T>;
}

export function bilingual<const T extends Catalog>(catalog: T): { zh: Messages<T>; en: Messages<T> } {
  return { zh: pick(catalog, "zh"), en: pick(catalog, "en") };
}
