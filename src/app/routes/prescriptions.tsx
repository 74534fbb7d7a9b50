// Placeholder until the feature's screen lands here.
export { NotFoundRoute as PrescriptionsRoute } from './not-found';
