/**
 * Translations: Chinese (default) and English, switchable in the app bar and kept in localStorage
 * (LOCALE_KEY). react-admin's own messages: ./ra-zh.ts and ra-language-english; the console's: ./app-messages.json;
 * the hand-made screens add theirs (`screens.messages`, ../screens/messages.json). Domain labels (entities, fields, enum values) come
 * from the generated model (each a { zh, en } pair split from the schema's descriptions) through `useLabel()`.
 */
import { type I18nProvider, resolveBrowserLocale, type TranslationMessages, useLocaleState } from "ra-core";
import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import { useCallback } from "react";
import { LOCALE_KEY } from "../api/session.js";
import appCatalog from "./app-messages.json" with { type: "json" };
import { bilingual } from "./bilingual.js";
import { raChinese } from "./ra-zh.js";

export type Locale = "zh" | "en";
export interface Label {
  zh: string;
  en: string;
}

const appMessages = bilingual(appCatalog);

function merge(...parts: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const prev = out[key];
      out[key] =
        prev && typeof prev === "object" && value && typeof value === "object" && !Array.isArray(value)
          ? merge(prev as Record<string, unknown>, value as Record<string, unknown>)
          : value;
    }
  }
  return out;
}

export function storedLocale(): Locale {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(LOCALE_KEY);
  if (stored === "zh" || stored === "en") return stored;
  return "zh";
}

export function currentLocale(): Locale {
  return storedLocale();
}

export function createI18nProvider(extra: { zh: Record<string, unknown>; en: Record<string, unknown> }): I18nProvider {
  const messages: Record<Locale, TranslationMessages> = {
    zh: merge(raChinese, appMessages.zh, extra.zh) as TranslationMessages,
    en: merge(englishMessages, appMessages.en, extra.en) as TranslationMessages,
  };
  const provider = polyglotI18nProvider(
    (locale) => messages[(locale as Locale) ?? "zh"] ?? messages.zh,
    storedLocale(),
    [
      { locale: "zh", name: "中文" },
      { locale: "en", name: "English" },
    ],
  );
  return {
    ...provider,
    changeLocale: (locale: string, options?: unknown) => {
      localStorage.setItem(LOCALE_KEY, locale);
      document.documentElement.lang = locale === "en" ? "en" : "zh-CN";
      return provider.changeLocale(locale, options);
    },
  };
}

/** Picks the current language of a generated { zh, en } label. */
export function useLabel(): (label: Label | undefined | null) => string {
  const [locale] = useLocaleState();
  return useCallback((label) => (label ? (locale === "en" ? label.en : label.zh) : ""), [locale]);
}

export function useLocale(): Locale {
  const [locale] = useLocaleState();
  return locale === "en" ? "en" : "zh";
}

// resolveBrowserLocale is re-exported for screens that want the browser's preference.
export { resolveBrowserLocale };
