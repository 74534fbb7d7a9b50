// Placeholder until the feature's screen lands here.
export { NotFoundRoute as PharmaciesRoute } from './not-found';
