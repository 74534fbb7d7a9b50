import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { personas } from '@mocks/seed';
import { resetAllStores } from '@/lib/store-registry';
import { useCurrentPersonaPhone } from './current-persona-store';

const TOKEN = 'session-token-aaaaaaaaaaaa';
const OTHER_TOKEN = 'session-token-bbbbbbbbbbbb';

function persona(index: number) {
  const found = personas[index];
  if (!found) throw new Error(`seed has no persona ${index}`);
  return found;
}

type Input = Parameters<typeof useCurrentPersonaPhone>[0];

function renderCurrent(initial: Input) {
  return renderHook((input: Input) => useCurrentPersonaPhone(input), { initialProps: initial });
}

describe('useCurrentPersonaPhone', () => {
  it('keeps the signed-in persona while the profile request fails', () => {
    const { phone } = persona(1);
    const view = renderCurrent({ token: TOKEN, phone, personas });
    expect(view.result.current).toBe(phone);

    view.rerender({ token: TOKEN, phone: null, personas });
    expect(view.result.current).toBe(phone);
  });

  it('forgets the persona for another session, a sign-out and a store reset', () => {
    const { phone } = persona(0);
    const view = renderCurrent({ token: TOKEN, phone, personas });

    view.rerender({ token: OTHER_TOKEN, phone: null, personas });
    expect(view.result.current).toBeNull();
    view.rerender({ token: null, phone: null, personas });
    expect(view.result.current).toBeNull();

    view.rerender({ token: TOKEN, phone: null, personas });
    expect(view.result.current).toBe(phone);
    resetAllStores();
    view.rerender({ token: TOKEN, phone: null, personas });
    expect(view.result.current).toBeNull();
  });

  it('survives a reload in this tab, storing neither the phone nor the token', async () => {
    const { phone } = persona(2);
    renderCurrent({ token: TOKEN, phone, personas }).unmount();
    const stored = JSON.stringify({ ...sessionStorage });
    expect(stored).not.toContain(phone);
    expect(stored).not.toContain(TOKEN);

    vi.resetModules();
    const reloaded = await import('./current-persona-store');
    const view = renderHook(() =>
      reloaded.useCurrentPersonaPhone({ token: TOKEN, phone: null, personas }),
    );
    expect(view.result.current).toBe(phone);
  });

  it('remembers only demo personas', () => {
    const view = renderCurrent({ token: TOKEN, phone: '13312345678', personas });
    view.rerender({ token: TOKEN, phone: null, personas });
    expect(view.result.current).toBeNull();
  });
});
