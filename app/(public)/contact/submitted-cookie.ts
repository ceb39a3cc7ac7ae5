/** Carries the new ticket's number from the contact action to the thank-you page. */
export const SUBMITTED_COOKIE = 'deskline_submitted';
