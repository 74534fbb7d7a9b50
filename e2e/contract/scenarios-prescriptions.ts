import {
  pharmacyAreasSchema,
  pharmacyDetailSchema,
  pharmacyEndpoints,
  pharmacyListSchema,
} from '@/api-contract/pharmacies';
import {
  prescriptionDetailSchema,
  prescriptionEndpoints,
  prescriptionListSchema,
  prescriptionPharmacyListSchema,
} from '@/api-contract/prescriptions';
import { check, expectErrorCode, expectStatus, expectReplayOf } from './checks';
import type { ContractRequest } from './http';
import type { Scenario, ScenarioContext } from './runner';

const { listPharmacies, getPharmacy, listPharmacyAreas } = pharmacyEndpoints;
const { listPrescriptions, getPrescription, listPrescriptionPharmacies, sendPrescription } =
  prescriptionEndpoints;

// Near 东街口, Fuzhou (WGS-84).
const FUZHOU = 'lat=26.085000&lng=119.296000';
const path = (template: string, id: string) =>
  template.replace(/\{[^}]+\}/, encodeURIComponent(id));

const sortedAscending = (values: readonly number[]) =>
  values.every((v, i) => i === 0 || (values[i - 1] ?? v) <= v);

/** The prescriptions feature's API scenarios (see scenarios.ts for what every scenario must do). */
export const prescriptionsScenarios: Scenario[] = [
  {
    name: 'pharmacies: GET /pharmacies lists nearest first, and each filter narrows',
    covers: [listPharmacies.id],
    run: async ({ http }) => {
      const all = await http.request({ method: 'GET', path: `/pharmacies?${FUZHOU}&limit=200` });
      expectStatus(all, 200);
      const list = pharmacyListSchema.parse(all.json);
      check(list.items.length > 0, 'a list near Fuzhou is not empty');
      check(sortedAscending(list.items.map((p) => p.distanceM)), 'nearest first');
      for (const p of list.items) {
        check(p.withinServiceCircle === p.distanceM <= 1200, `${p.id}: the 15-minute badge`);
      }
      const filtered = await http.request({
        method: 'GET',
        path: `/pharmacies?${FUZHOU}&limit=200&outpatientPooling=1&delivery=1`,
      });
      expectStatus(filtered, 200);
      for (const p of pharmacyListSchema.parse(filtered.json).items) {
        check(p.services.outpatientPooling && p.services.delivery, `${p.id} passes the filters`);
      }
    },
  },
  {
    name: 'pharmacies: GET /pharmacies without a place is 400 LOCATION_INVALID',
    covers: [listPharmacies.id],
    run: async ({ http }) => {
      for (const query of ['', '?lat=26', '?lat=91&lng=0', '?district=abc']) {
        const answer = await http.request({ method: 'GET', path: `/pharmacies${query}` });
        expectStatus(answer, 400, 'LOCATION_INVALID', `/pharmacies${query}`);
      }
    },
  },
  {
    name: 'pharmacies: a lat, lng or limit out of range is 400 LOCATION_INVALID whose message names it',
    covers: [listPharmacies.id],
    run: async ({ http }) => {
      const cases: Array<[string, string]> = [
        ['lat=91&lng=0', 'lat'],
        ['lat=-91&lng=0', 'lat'],
        ['lat=0&lng=181', 'lng'],
        [`${FUZHOU}&limit=0`, 'limit'],
        [`${FUZHOU}&limit=3001`, 'limit'],
        // A bad value is named even where a place is missing too.
        ['limit=0', 'limit'],
        // And even where the district makes the coordinates unused.
        ['district=350102&lat=91&lng=0', 'lat'],
      ];
      for (const [query, parameter] of cases) {
        const answer = await http.request({ method: 'GET', path: `/pharmacies?${query}` });
        expectStatus(answer, 400, 'LOCATION_INVALID', `/pharmacies?${query}`);
        const message = answer.error?.message ?? '';
        check(
          message.startsWith(`${parameter}:`),
          `/pharmacies?${query}: the message should start with "${parameter}:", got "${message}"`,
        );
      }
    },
  },
  {
    name: 'pharmacies: with a district and lat/lng both, the district centre is the origin',
    covers: [listPharmacyAreas.id, listPharmacies.id],
    run: async ({ http }) => {
      const areas = await http.request({ method: 'GET', path: listPharmacyAreas.path });
      expectStatus(areas, 200);
      const district = pharmacyAreasSchema.parse(areas.json).cities[0]?.districts[0];
      check(district !== undefined, 'at least one district');
      const list = await http.request({
        method: 'GET',
        path: `/pharmacies?district=${district.code}&${FUZHOU}&limit=5`,
      });
      expectStatus(list, 200);
      const { origin } = pharmacyListSchema.parse(list.json);
      check(
        origin.lat === district.lat && origin.lng === district.lng,
        `the origin should be ${district.code}'s centre, got ${JSON.stringify(origin)}`,
      );
    },
  },
  {
    name: 'pharmacies: GET /pharmacy-areas lists districts, and a district is a place to search from',
    covers: [listPharmacyAreas.id, listPharmacies.id],
    run: async ({ http }) => {
      const areas = await http.request({ method: 'GET', path: listPharmacyAreas.path });
      expectStatus(areas, 200);
      const district = pharmacyAreasSchema.parse(areas.json).cities[0]?.districts[0];
      check(district !== undefined, 'at least one district');
      const list = await http.request({
        method: 'GET',
        path: `/pharmacies?district=${district.code}&limit=5`,
      });
      expectStatus(list, 200);
      pharmacyListSchema.parse(list.json);
    },
  },
  {
    name: 'pharmacies: GET /pharmacies/{id} answers a listed pharmacy, and 404 for an unknown id',
    covers: [listPharmacies.id, getPharmacy.id],
    run: async ({ http }) => {
      const list = await http.request({ method: 'GET', path: `/pharmacies?${FUZHOU}&limit=1` });
      const first = pharmacyListSchema.parse(list.json).items[0];
      check(first !== undefined, 'one pharmacy near Fuzhou');
      const detail = await http.request({ method: 'GET', path: path(getPharmacy.path, first.id) });
      expectStatus(detail, 200);
      check(pharmacyDetailSchema.parse(detail.json).id === first.id, 'the same pharmacy');
      const unknown = await http.request({
        method: 'GET',
        path: path(getPharmacy.path, 'no-such-pharmacy'),
      });
      expectStatus(unknown, 404, 'NOT_FOUND');
    },
  },
  {
    name: 'prescriptions: list, detail, pharmacies that can fill one, and 404 for an unknown id',
    covers: [listPrescriptions.id, getPrescription.id, listPrescriptionPharmacies.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const list = await http.request({ method: 'GET', path: listPrescriptions.path, token });
      expectStatus(list, 200);
      const items = prescriptionListSchema.parse(list.json).items;
      for (const rx of items) {
        check(rx.expiresAtMs === rx.issuedAtMs + rx.validDays * 86_400_000, `${rx.id}: expiry`);
      }
      const first = items[0];
      if (first !== undefined) {
        const detail = await http.request({
          method: 'GET',
          path: path(getPrescription.path, first.id),
          token,
        });
        expectStatus(detail, 200);
        prescriptionDetailSchema.parse(detail.json);
        const near = await http.request({
          method: 'GET',
          path: `${path(listPrescriptionPharmacies.path, first.id)}?${FUZHOU}`,
          token,
        });
        expectStatus(near, 200);
        for (const p of prescriptionPharmacyListSchema.parse(near.json).items) {
          check(p.services.outpatientPooling, `${p.id} offers outpatient pooling`);
        }
      }
      const unknown = await http.request({
        method: 'GET',
        path: path(getPrescription.path, 'no-such-prescription'),
        token,
      });
      expectStatus(unknown, 404, 'NOT_FOUND');
      const anonymous = await http.request({ method: 'GET', path: listPrescriptions.path });
      expectStatus(anonymous, 401, 'UNAUTHENTICATED');
    },
  },
  {
    name: 'prescriptions: sending an unknown prescription is 404, an expired one 409',
    covers: [sendPrescription.id, listPrescriptions.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const unknown = await http.request({
        method: 'POST',
        path: path(sendPrescription.path, 'no-such-prescription'),
        token,
        body: { pharmacyId: 'no-such-pharmacy', method: 'pickup' },
      });
      expectStatus(unknown, 404, 'NOT_FOUND');
      const list = await http.request({ method: 'GET', path: listPrescriptions.path, token });
      const closed = prescriptionListSchema
        .parse(list.json)
        .items.find((rx) => rx.status === 'expired' || rx.status === 'revoked');
      if (closed === undefined) return;
      const answer = await http.request({
        method: 'POST',
        path: path(sendPrescription.path, closed.id),
        token,
        body: { pharmacyId: 'no-such-pharmacy', method: 'pickup' },
      });
      expectErrorCode(answer, 409, ['PRESCRIPTION_EXPIRED', 'PRESCRIPTION_REVOKED']);
    },
  },
  {
    name: 'prescriptions: a send is done once; its repeat with the same key replays the answer',
    covers: [sendPrescription.id, listPrescriptions.id, listPrescriptionPharmacies.id],
    demoOnly: 'sends a seeded prescription (the demo resets it)',
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const list = await http.request({ method: 'GET', path: listPrescriptions.path, token });
      const open = prescriptionListSchema
        .parse(list.json)
        .items.find((rx) => rx.status === 'to-collect');
      check(open !== undefined, 'the demo persona has a prescription to collect');
      const near = await http.request({
        method: 'GET',
        path: `${path(listPrescriptionPharmacies.path, open.id)}?${FUZHOU}`,
        token,
      });
      const pharmacy = prescriptionPharmacyListSchema.parse(near.json).items[0];
      check(pharmacy !== undefined, 'a pharmacy can fill it');
      const request: ContractRequest = {
        method: 'POST',
        path: path(sendPrescription.path, open.id),
        token,
        body: { pharmacyId: pharmacy.id, method: 'pickup' },
        idempotencyKey: `conformance-send-${open.id}-${Date.now()}`,
      };
      const first = await http.request(request);
      expectStatus(first, 200);
      check(
        prescriptionDetailSchema.parse(first.json).dispensing?.pickupCode !== undefined,
        'a pick-up code',
      );
      const repeat = await http.request(request);
      expectReplayOf(repeat, first, 'the send');
      const again = await http.request({
        ...request,
        idempotencyKey: `${String(request.idempotencyKey)}-2`,
      });
      expectStatus(again, 409, 'PRESCRIPTION_ALREADY_SENT');
    },
  },
];

/** A harmless valid request for each of the feature's mutations (the Idempotency-Key checks). */
export const prescriptionsMutationSamples: Record<
  string,
  (context: ScenarioContext) => Promise<ContractRequest>
> = {
  [sendPrescription.id]: async ({ signIn }) => {
    const { token } = await signIn();
    // An unknown prescription: the key checks answer first, and nothing could be sent anyway.
    return {
      method: 'POST',
      path: path(sendPrescription.path, 'no-such-prescription'),
      token,
      body: { pharmacyId: 'no-such-pharmacy', method: 'pickup' },
    };
  },
};
