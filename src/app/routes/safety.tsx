// Placeholder until the feature's screen lands here.
export { NotFoundRoute as SafetyRoute } from './not-found';
