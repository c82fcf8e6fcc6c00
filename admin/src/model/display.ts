import { formatFen } from "@gongjian/domain/format";

export { formatFen };

/** How a record is named where it is referenced (the model's `display` path, e.g. ["organization", "name"]). */
export function recordTitle(record: Record<string, unknown> | null | undefined, display: string[]): string {
  let value: unknown = record;
  for (const key of display) {
    if (value && typeof value === "object") value = (value as Record<string, unknown>)[key];
    else value = undefined;
  }
  if (value === undefined || value === null || value === "") {
    const id = record?.id;
    return typeof id === "string" ? `#${id.slice(-6)}` : "";
  }
  if (display.at(-1) === "amountFen") return formatFen(value as string);
  return String(value);
}

/** Yuan as typed ("1234.5") → fen as text ("123450"); null when it is not an amount with at most 2 decimals. */
export function yuanToFen(input: string): string | null {
  const text = input.replace(/[,\s¥]/g, "");
  const match = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, frac = ""] = match;
  const fen = BigInt(whole ?? "0") * 100n + BigInt(frac.padEnd(2, "0") || "0");
  return `${sign === "-" && fen !== 0n ? "-" : ""}${fen.toString()}`;
}

/** Fen as text → yuan as typed in an input ("123450" → "1234.50"). */
export function fenToYuan(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return formatFen(value).replace(/[¥,]/g, "");
}
