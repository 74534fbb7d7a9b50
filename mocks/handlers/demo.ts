import { http } from 'msw';
import { demoStateSchema, switchPersonaResponseSchema, type DemoState } from '@/api-contract/demo';
import { endpoints } from '@/api-contract/endpoints';
import { currentFaults, exclusive, readState, resetDb } from '../db';
import { fail, ok, toResponse } from '../http-utils';
import { storageStatus } from '../persistence';
import { route } from '../route';
import { personas } from '../seed';
import { createSession } from '../sessions';
import { SLOW_RESPONSE_MS } from '../faults';
import type { StoreState, Tx } from '../store/store';

function demoState(view: StoreState | Tx): DemoState {
  const { storage, notice } = storageStatus();
  return {
    // A persona whose person is gone (never, short of a bug) is left out rather than shown stale.
    personas: personas.flatMap(({ id, labelKey, personId }) => {
      const person = view.persons.get(personId);
      if (person === undefined) return [];
      return [
        {
          id,
          labelKey,
          name: person.name,
          phone: person.phone,
          regionName: person.insurance.regionName,
        },
      ];
    }),
    faults: currentFaults(view),
    slowResponseMs: SLOW_RESPONSE_MS,
    storage,
    notice,
  };
}

/**
 * The demo console's controls. They skip the fault layers, so they answer even when the
 * "backend" is set to be down or the browser is offline.
 */
export const demoHandlers = [
  route(endpoints.demoState, ({ tx }) => ok(demoStateSchema, demoState(tx))),

  route(endpoints.demoFaults, ({ tx, body }) => {
    tx.faults.put({ id: 'current', ...body });
    return ok(demoStateSchema, demoState(tx));
  }),

  // Everything goes, sessions included: a reset demo starts signed out, like a fresh install.
  // It replaces the whole store rather than changing records, so it is not a transaction.
  http.post(`*/api${endpoints.demoReset.path}`, async ({ request }) => {
    const state = await exclusive(() => {
      resetDb();
      return demoState(readState());
    }, request);
    return toResponse(ok(demoStateSchema, state));
  }),

  route(endpoints.demoPersona, ({ tx, body }) => {
    const persona = personas.find((p) => p.id === body.personaId);
    if (persona === undefined || !tx.persons.has(persona.personId)) {
      return fail('NOT_FOUND', { message: `No persona ${body.personaId}` });
    }
    return ok(switchPersonaResponseSchema, createSession(tx, persona.personId));
  }),
];
