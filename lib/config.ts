function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Limits read from the environment, with the defaults documented in .env.example. */
export const limits = {
  contactPerIp: () => intFromEnv('RATE_LIMIT_CONTACT_PER_IP', 5),
  contactPerEmail: () => intFromEnv('RATE_LIMIT_CONTACT_PER_EMAIL', 5),
  contactWindowSeconds: () => intFromEnv('RATE_LIMIT_CONTACT_WINDOW_SECONDS', 600),
  signInPerIp: () => intFromEnv('RATE_LIMIT_SIGNIN_PER_IP', 20),
  signInPerEmail: () => intFromEnv('RATE_LIMIT_SIGNIN_PER_EMAIL', 8),
  signInWindowSeconds: () => intFromEnv('RATE_LIMIT_SIGNIN_WINDOW_SECONDS', 900),
  signUpPerIp: () => intFromEnv('RATE_LIMIT_SIGNUP_PER_IP', 10),
  signUpWindowSeconds: () => intFromEnv('RATE_LIMIT_SIGNUP_WINDOW_SECONDS', 3600),
  faqSuggestionsPerIp: () => intFromEnv('RATE_LIMIT_FAQ_SUGGESTIONS_PER_IP', 120),
  faqSuggestionsWindowSeconds: () => intFromEnv('RATE_LIMIT_FAQ_SUGGESTIONS_WINDOW_SECONDS', 60),
  trackingFailuresPerIp: () => intFromEnv('RATE_LIMIT_TRACKING_FAILURES_PER_IP', 20),
  trackingWindowSeconds: () => intFromEnv('RATE_LIMIT_TRACKING_WINDOW_SECONDS', 900),
};

export const appName = 'Deskline';
