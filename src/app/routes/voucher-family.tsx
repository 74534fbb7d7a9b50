// Placeholder until the feature's screen lands here.
export { NotFoundRoute as VoucherFamilyRoute } from './not-found';
