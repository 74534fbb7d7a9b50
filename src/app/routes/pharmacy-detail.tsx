// Placeholder until the feature's screen lands here.
export { NotFoundRoute as PharmacyDetailRoute } from './not-found';
