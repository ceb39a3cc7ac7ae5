/** How long a session lives, for the cookie and its row alike. */
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 14;
