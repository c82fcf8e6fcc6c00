/** Where the console keeps the signed-in session (shared by the auth provider, the data provider and the screens). */
export const TOKEN_KEY = "gongjian.token";
export const LOCALE_KEY = "gongjian.locale";

export function currentToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}
