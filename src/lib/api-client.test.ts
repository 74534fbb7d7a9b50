import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { server } from '@mocks/node';
import { ApiError, apiRequest, configureApiClient } from './api-client';
import { isDeviceOnline } from './connectivity';

const thing = z.object({ id: z.string(), amountFen: z.int() });
// Endpoints of a test API, described as the registry describes the real ones.
const getThing = { method: 'GET', path: '/thing', response: thing } as const;
const getNothing = { method: 'GET', path: '/thing' } as const;
const postThing = { method: 'POST', path: '/thing', request: z.object({}) } as const;
const deleteThing = { method: 'DELETE', path: '/thing' } as const;
const getPart = {
  method: 'GET',
  path: '/things/{thingId}/parts/{partId}',
  query: [{ name: 'year' }, { name: 'q' }],
  response: thing,
} as const;

describe('apiRequest', () => {
  it('validates a good response against the contract', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ id: 'a', amountFen: 1 })));
    await expect(apiRequest(getThing)).resolves.toEqual({
      id: 'a',
      amountFen: 1,
    });
  });

  it('turns a response that breaks the contract into an invalid-response error', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ id: 'a', amountFen: 1.5 })));
    const error = await apiRequest(getThing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('invalid-response');
    expect((error as ApiError).i18nKey).toBe('errors.invalid-response');
  });

  it('maps an error body code to its translation key', async () => {
    server.use(
      http.post('*/api/thing', () =>
        HttpResponse.json({ code: 'SMS_TOO_SOON', retryAfterSeconds: 42 }, { status: 429 }),
      ),
    );
    const error = (await apiRequest(postThing, { body: {}, idempotencyKey: 'k' }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.kind).toBe('http');
    expect(error.i18nKey).toBe('errors.api.SMS_TOO_SOON');
    expect(error.retryAfterSeconds).toBe(42);
  });

  it('maps a 5xx without a body to the server message', async () => {
    server.use(http.get('*/api/thing', () => new HttpResponse(null, { status: 503 })));
    const error = (await apiRequest(getThing).catch((e: unknown) => e)) as ApiError;
    expect(error.i18nKey).toBe('errors.server');
    expect(error.retryable).toBe(true);
  });

  it('reports a network failure', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.error()));
    const error = (await apiRequest(getThing).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('network');
    // The app's own origin still answered: the API is down, the device is not offline.
    expect(isDeviceOnline()).toBe(true);
  });

  it('calls the device offline when its own origin cannot be reached either, until a request succeeds', async () => {
    server.use(
      http.get('*/api/thing', () => HttpResponse.error()),
      http.head('*/connectivity.txt', () => HttpResponse.error()),
    );
    const error = (await apiRequest(getThing).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('offline');
    expect(error.i18nKey).toBe('errors.offline');
    expect(isDeviceOnline()).toBe(false);

    server.use(http.get('*/api/thing', () => HttpResponse.json({ id: 'a', amountFen: 1 })));
    await apiRequest(getThing);
    expect(isDeviceOnline()).toBe(true);
  });

  it('times out', async () => {
    server.use(
      http.get('*/api/thing', async () => {
        await delay(200);
        return HttpResponse.json({ id: 'a', amountFen: 1 });
      }),
    );
    const error = (await apiRequest(getThing, { timeoutMs: 20 }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.kind).toBe('timeout');
  });

  it('signs out on 401 and reports an expired session', async () => {
    const onUnauthorized = vi.fn();
    configureApiClient({ onUnauthorized });
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json({ code: 'UNAUTHENTICATED' }, { status: 401 }),
      ),
    );
    const error = (await apiRequest(getThing).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('session-expired');
    // The body's own code is not what the person reads: every 401 means "sign in again".
    expect(error.i18nKey).toBe('errors.session-expired');
    expect(error.retryable).toBe(false);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    configureApiClient({ onUnauthorized: () => {} });
  });

  it('sends the token, and on a mutation the Idempotency-Key its caller gives', async () => {
    configureApiClient({ getToken: () => 'token-123' });
    const seen: Array<{ auth: string | null; key: string | null }> = [];
    server.use(
      http.all('*/api/thing', ({ request }) => {
        seen.push({
          auth: request.headers.get('authorization'),
          key: request.headers.get('idempotency-key'),
        });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await apiRequest(getNothing);
    await apiRequest(postThing, { body: {}, idempotencyKey: 'intent-1' });
    await apiRequest(deleteThing, { idempotencyKey: 'intent-2' });
    configureApiClient({ getToken: () => null });
    expect(seen).toEqual([
      { auth: 'Bearer token-123', key: null },
      { auth: 'Bearer token-123', key: 'intent-1' },
      { auth: 'Bearer token-123', key: 'intent-2' },
    ]);
  });

  it('fills path parameters encoded, and leaves out query values that are null or undefined', async () => {
    const urls: string[] = [];
    server.use(
      http.get('*/api/things/:thingId/parts/:partId', ({ request }) => {
        urls.push(new URL(request.url).pathname + new URL(request.url).search);
        return HttpResponse.json({ id: 'a', amountFen: 1 });
      }),
    );
    await apiRequest(getPart, {
      params: { thingId: 'a/b c', partId: 'p1' },
      query: { year: 2026 },
    });
    await apiRequest(getPart, {
      params: { thingId: 't', partId: 'p2' },
      query: { year: null, q: '布洛芬 & co' },
    });
    expect(urls).toEqual([
      '/api/things/a%2Fb%20c/parts/p1?year=2026',
      `/api/things/t/parts/p2?q=${encodeURIComponent('布洛芬').replace(/%20/g, '+')}+%26+co`,
    ]);
  });
});
