import type { Translation } from '@/i18n/types';
import type { demoZhCN } from './zh-CN';

export const demoEnUS: Translation<typeof demoZhCN> = {
  title: 'Demo console',
  intro: 'For support staff demos. These settings affect only the demo backend on this device.',
  personas: 'Demo people',
  current: 'Current',
  switchTo: 'Switch to this person',
  switched: 'Now signed in as {{name}}',
  // The surname in pinyin with a title: a name the presenter can say, and no Chinese text on an
  // English screen.
  personaName: {
    cqRetiree: 'Mr Zhang',
    fzEmployee: 'Ms Lin',
    tyEmployee: 'Mr Wang',
  },
  persona: {
    cqRetiree: 'Chongqing · retired employee · 72',
    fzEmployee: 'Fuzhou · employee · 34 · with parents and a child',
    tyEmployee: 'Taiyuan · employee · e-voucher not activated',
  },
  faults: 'Fault injection',
  faultsBefore: 'Not done: the request fails and nothing changes',
  faultsAfter: 'Done: the change is saved, but the app does not hear back',
  latency: 'API latency',
  latencyValue: '{{seconds}} s',
  errorRate: 'API error rate',
  percentValue: '{{percent}}%',
  offline: 'API offline',
  lostResponseRate: 'Done, but the answer is lost',
  slowResponseRate: 'Done, but the answer comes after the timeout ({{seconds}} s)',
  storage: {
    indexeddb: 'Demo data is kept in this browser (IndexedDB) and survives a reload',
    memory: 'Demo data is in memory only and is forgotten on reload',
  },
  idleTimeout: 'Idle sign-out after',
  idleTimeoutOption: {
    default: 'Default (15 minutes)',
    twoMinutes: '2 minutes',
    twentySeconds: '20 seconds',
  },
  idleTimeoutHint:
    'Applies at once. The warning shows for the last minute; under 2 minutes, for the second half (20 seconds: the last 10).',
  reset: 'Reset demo data',
  resetConfirm:
    'This clears all demo data, restores the starting state and signs out the demo person who is signed in. Continue?',
  resetDone: 'Demo data reset; every demo person is signed out',
  saved: 'Settings applied',
  smsHint: 'Demo phone numbers: {{phones}}. The SMS code appears in the banner at the top.',
  storageNotice: {
    migrated: 'Demo data was carried over from an older version',
    'reset-incompatible':
      'The saved demo data came from an incompatible older version; the starting demo data is back',
    'memory-only':
      'This browser cannot save demo data (private mode?). The demo works, but a reload forgets it',
    'this-tab-only': 'The demo backend runs in this tab only: other tabs do not see its changes',
    'backend-restarted':
      'The demo backend stopped unexpectedly and has restarted; retry anything that did not finish',
    dismiss: 'Dismiss this notice',
  },
  voucher: {
    title: 'E-voucher',
    nextFace: 'Next face check',
    passes: 'Passes',
    nextFaceHint: 'Affects the next face check only, then goes back to passing.',
    reason: {
      'too-dark': 'Fails: too dark',
      'no-face': 'Fails: no face found',
      covered: 'Fails: face covered',
      mismatch: 'Fails: does not match the ID photo',
    },
    lifetime: 'Code lifetime',
    seconds: '{{seconds}} s',
  },
  trace: {
    title: 'Drug traceability codes',
    code: 'Traceability code from a receipt',
    hint: 'Copy the code of a box from the person’s receipt to play that box being resold and settled again at another pharmacy.',
    submit: 'Settle this box again',
    invalid: 'A traceability code is 20 digits: copy it from the receipt.',
    notSold: 'This box has not been settled (or was refunded), so it cannot be settled again.',
    done: 'Settled again at another pharmacy:',
    check: 'Check this code',
  },
  payment: {
    title: 'Mobile insurance payment',
    next: "The person's mobile payment (WeChat Pay, Alipay)",
    outcome: {
      paid: 'Goes through',
      cancelled: 'The person cancels it',
      failed: 'Fails',
      lost: 'Goes through, but the app gets no answer',
    },
    hint: 'Stays until changed. Only the cash part is paid by mobile; the personal-account part is taken as usual.',
  },
  counter: {
    title: 'Counter settlement',
    hint: "Play a designated pharmacy or a hospital cashier in another tab: scan the person's code and bill them.",
    open: 'Open the counter',
  },
  family: {
    title: 'Family mutual aid',
    loseNext: 'Next transfer or payment: done, but the answer is lost',
    hint: 'Affects only the next family transfer or payment: the backend does it, the app hears nothing, and "Retry" charges once.',
    armed: 'Set: the answer to the next transfer or payment will be lost.',
  },
};
