export { trackingRefusal } from './limit';
export { attachTicketToAccount, reissueTrackingLink } from './link';
export { isWellFormedToken } from './token';
