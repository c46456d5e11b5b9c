// The supervisors' page of notice deliveries (#/deliveries): figures by channel and status, and the failed ones.
export { renderDeliveries as render } from './notices.js';
