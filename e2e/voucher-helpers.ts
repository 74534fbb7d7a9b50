import jsQR from 'jsqr';
import { expect, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/** Chromium with a fake camera that is allowed without asking (a moving test pattern). */
export const FAKE_CAMERA = {
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_FLAGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ] as string[],
  },
};

export const TY = { name: '王志强', idNumber: '140105198810050531', password: '580314' };

/** Reads the drawn QR canvas and decodes it, as a scanner would. */
export async function decodeQr(page: Page): Promise<string> {
  const canvas = page.locator('canvas[data-qr-ready="true"]');
  await expect(canvas).toBeVisible();
  const image = await canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const context = c.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    const data = context.getImageData(0, 0, c.width, c.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  });
  const decoded = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height);
  if (decoded === null) throw new Error('the QR code did not decode');
  return decoded.data;
}

/** What a pharmacy scanner does with a code: asks the backend (in the page) to accept it. */
export async function scan(
  page: Page,
  ecToken: string,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(async (token) => {
    const response = await fetch('/api/voucher/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ ecToken: token }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }, ecToken);
}

/** Calls the API as the signed-in person, from inside the page (where the demo backend is). */
export async function apiAsPerson(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method: m, path: p, body: b }) => {
      const token = sessionStorage.getItem('ybt.session') ?? '';
      const response = await fetch(`/api${p}`, {
        method: m,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: b === undefined ? null : JSON.stringify(b),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
    },
    { method, path, body },
  );
}

export async function setNextFaceFailure(page: Page, reason: string | null): Promise<void> {
  await page.evaluate(async (r) => {
    await fetch('/api/__demo/voucher', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ nextFaceFailure: r, tokenLifetimeSeconds: 30 }),
    });
  }, reason);
}
