/** Labels from the schema's "中文 / English" descriptions, and the name conversions the model uses. */
import type { Label } from "./types.js";

/**
 * Notes for API clients that mean nothing on a form ("任期开始（null 清除）"): clearing a field is the
 * form's own business (an empty input), so the console leaves them out.
 */
const clientNotes = [/（null 清除）/gu, /\s*\(null clears it\)/gu];

/** "驻区单位 / Resident unit" → { zh: "驻区单位", en: "Resident unit" }; a text without "/ " is both. */
export function splitDescription(description: string | null | undefined, fallback: string): Label {
  const text = clientNotes.reduce((t, note) => t.replace(note, ""), (description ?? "").replace(/\s+/g, " ")).trim();
  if (!text) return { zh: fallback, en: humanize(fallback) };
  const at = text.indexOf("/ ");
  if (at < 0) return { zh: text, en: text };
  return { zh: text.slice(0, at).trim(), en: text.slice(at + 2).trim() };
}

/** A short label: without the explanation in brackets ("评语（个人信息…）" → "评语"). */
export function shortLabel(label: Label): Label {
  const zh = label.zh.replace(/（[^（）]*）$/u, "").trim() || label.zh;
  const en = label.en.replace(/\s*\([^()]*\)$/u, "").trim() || label.en;
  return { zh, en };
}

export function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

export const upperSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
export const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
