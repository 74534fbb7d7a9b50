// Placeholder until the feature's screen lands here.
export { NotFoundRoute as PrescriptionDetailRoute } from './not-found';
