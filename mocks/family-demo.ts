import { store } from './db';

/**
 * The demo console's one-shot family fault: the next transfer or premium payment is carried out
 * and committed, then its answer is lost. The console's "answer lost" rate cannot show this for
 * a payment: it would also lose the re-authentication that comes just before. Kept in memory
 * only: a reload or a reset disarms it.
 */
let loseNextAnswer = false;

export function armLostFamilyAnswer(): void {
  loseNextAnswer = true;
}

export function isLostFamilyAnswerArmed(): boolean {
  return loseNextAnswer;
}

/** True once after arming: the caller loses this answer. */
export function takeLostFamilyAnswer(): boolean {
  const armed = loseNextAnswer;
  loseNextAnswer = false;
  return armed;
}

store.subscribe((event) => {
  if (event.kind === 'reset') loseNextAnswer = false;
});
