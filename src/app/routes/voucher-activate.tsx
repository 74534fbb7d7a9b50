// Placeholder until the feature's screen lands here.
export { NotFoundRoute as VoucherActivateRoute } from './not-found';
