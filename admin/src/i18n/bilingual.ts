/**
 * A message catalog declared once in both languages: every message is a pair `[中文, English]`, so a key
 * cannot be added in one language only. `bilingual(catalog)` splits it into the two trees react-admin's
 * i18n provider takes (`{ zh, en }`, the same keys in both).
 */

/** One message: its Chinese text first, then its English text. */
export type Pair = readonly [zh: string, en: string];

/** Messages by key, nested as react-admin's dotted keys are (`screens.inbox.title`). */
export interface Catalog {
  readonly [key: string]: Pair | Catalog;
}

/** A catalog's messages in one language. */
export type Messages<T extends Catalog> = { [K in keyof T]: T[K] extends Pair ? string : Messages<T[K] & Catalog> };

function pick<T extends Catalog>(catalog: T, index: 0 | 1): Messages<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(catalog)) {
    out[key] = Array.isArray(value) ? value[index] : pick(value as Catalog, index);
  }
  return out as Messages<T>;
}

export function bilingual<const T extends Catalog>(catalog: T): { zh: Messages<T>; en: Messages<T> } {
  return { zh: pick(catalog, 0), en: pick(catalog, 1) };
}
