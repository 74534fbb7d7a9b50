// Placeholder until the feature's screen lands here.
export { NotFoundRoute as FamilyRoute } from './not-found';
