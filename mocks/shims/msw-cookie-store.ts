/**
 * Stands in for msw's cookie store in the browser builds (vite.config.ts). The demo backend
 * authenticates with bearer tokens and sets no cookies, and msw's store costs a cookie jar with
 * the whole public-suffix list (tldts, about 97 KiB gzip) and needs `localStorage`, which a
 * worker does not have. Vitest keeps msw's own.
 */
interface StoredCookie {
  key: string;
  value: string;
}

// msw calls getCookies(url) and setCookie(cookie, url); neither needs its arguments here.
export const cookieStore = {
  getCookies: (): StoredCookie[] => [],
  setCookie: (): Promise<void> => Promise.resolve(),
};
