export { trackingRefusal } from './limit';
export { attachTicketToAccount, reissueTrackingLink } from './link';
export { isWellFormedToken } from './token';
export { trackingTokenForMail } from './mail-token';
export { sealTrackingToken, unsealTrackingToken } from './sealed';
