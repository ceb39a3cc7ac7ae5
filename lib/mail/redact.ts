// A private tracking link (/t/ and a 43-character token) and a reply address's token.
const trackingLink = /\/t\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
const replyToken = /reply\+[0-9a-f]{40}@/gi;
// Password-reset and sign-up confirmation links: whoever opens one takes or creates the account.
const accountLink = /\/(reset-password|sign-up\/confirm)\/[A-Za-z0-9_-]+/g;

/**
 * Hides the secrets a mail carries for its recipient when staff look at it: whoever holds a
 * private link or a reply address acts as the requester.
 */
export function redactSecrets(value: string): string {
  return value
    .replace(trackingLink, '/t/…hidden…')
    .replace(replyToken, 'reply+…hidden…@')
    .replace(accountLink, '/$1/…hidden…');
}
