/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character alphabet (no I, O, S, V, Z); the last is a check character over the first 17.
 * The same rule is a CHECK constraint in the database (gj_credit_code_valid).
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters, or null if they use a foreign character. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let total = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    total += value * (WEIGHTS[i] as number);
  }
  return ALPHABET.charAt((31 - (total % 31)) % 31);
}

export function isValidCreditCode(code: string): boolean {
  return FORMAT.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);
}
