/**
 * Resident identity card number (公民身份号码, GB 11643-1999): 17 digits and a check
 * character (0-9 or X) computed with ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export function idNumberCheckChar(first17: string): string | null {
  if (!/^[0-9]{17}$/.test(first17)) return null;
  let total = 0;
  for (let i = 0; i < 17; i++) total += Number(first17.charAt(i)) * (WEIGHTS[i] as number);
  return CHECK.charAt(total % 11);
}

export function isValidIdNumber(id: string): boolean {
  return /^[0-9]{17}[0-9X]$/.test(id) && idNumberCheckChar(id.slice(0, 17)) === id.charAt(17);
}
