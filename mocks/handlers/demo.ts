import { http } from 'msw';
import {
  demoStateSchema,
  faultsSchema,
  switchPersonaRequestSchema,
  switchPersonaResponseSchema,
  type DemoState,
} from '@/api-contract/demo';
import { findPersonaById, getDb, resetDb, updateDb } from '../db';
import { apiError, jsonResponse, readJson } from '../http-utils';
import { createSession } from '../sessions';

function demoState(): DemoState {
  const db = getDb();
  return {
    personas: db.personas.map((p) => ({
      id: p.id,
      labelKey: p.labelKey,
      name: p.profile.name,
      phone: p.profile.phone,
      regionName: p.profile.insurance.regionName,
    })),
    faults: { ...db.faults },
  };
}

/**
 * The demo console's controls. The fault handler skips `/api/__demo/`, so these answer even
 * when the "backend" is set to be down or the browser is offline.
 */
export const demoHandlers = [
  http.get('*/api/__demo/state', () => jsonResponse(demoStateSchema, demoState())),

  http.put('*/api/__demo/faults', async ({ request }) => {
    const parsed = faultsSchema.safeParse(await readJson(request));
    if (!parsed.success) return apiError(400, 'BAD_REQUEST', { message: parsed.error.message });
    updateDb((db) => {
      db.faults = parsed.data;
    });
    return jsonResponse(demoStateSchema, demoState());
  }),

  // Everything goes, sessions included: a reset demo starts signed out, like a fresh install.
  http.post('*/api/__demo/reset', () => {
    resetDb();
    return jsonResponse(demoStateSchema, demoState());
  }),

  http.post('*/api/__demo/persona', async ({ request }) => {
    const parsed = switchPersonaRequestSchema.safeParse(await readJson(request));
    if (!parsed.success) return apiError(400, 'BAD_REQUEST', { message: parsed.error.message });
    const persona = findPersonaById(parsed.data.personaId);
    if (persona === undefined) {
      return apiError(404, 'NOT_FOUND', { message: `No persona ${parsed.data.personaId}` });
    }
    return jsonResponse(switchPersonaResponseSchema, createSession(persona));
  }),
];
