// Placeholder until the feature's screen lands here.
export { NotFoundRoute as VoucherRoute } from './not-found';
