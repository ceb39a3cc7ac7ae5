import { env } from './env';

/** Rate limits from the environment, with the defaults documented in .env.example. */
export const limits = {
  contactPerIp: () => env.RATE_LIMIT_CONTACT_PER_IP,
  contactPerEmail: () => env.RATE_LIMIT_CONTACT_PER_EMAIL,
  contactWindowSeconds: () => env.RATE_LIMIT_CONTACT_WINDOW_SECONDS,
  signInPerIp: () => env.RATE_LIMIT_SIGNIN_PER_IP,
  signInPerEmail: () => env.RATE_LIMIT_SIGNIN_PER_EMAIL,
  signInWindowSeconds: () => env.RATE_LIMIT_SIGNIN_WINDOW_SECONDS,
  signInDelayAfter: () => env.RATE_LIMIT_SIGNIN_DELAY_AFTER,
  signInMaxDelaySeconds: () => env.RATE_LIMIT_SIGNIN_MAX_DELAY_SECONDS,
  signUpPerIp: () => env.RATE_LIMIT_SIGNUP_PER_IP,
  signUpWindowSeconds: () => env.RATE_LIMIT_SIGNUP_WINDOW_SECONDS,
  passwordResetPerIp: () => env.RATE_LIMIT_PASSWORD_RESET_PER_IP,
  passwordResetPerEmail: () => env.RATE_LIMIT_PASSWORD_RESET_PER_EMAIL,
  passwordResetWindowSeconds: () => env.RATE_LIMIT_PASSWORD_RESET_WINDOW_SECONDS,
  apiPerToken: () => env.RATE_LIMIT_API_PER_TOKEN,
  apiPerIp: () => env.RATE_LIMIT_API_PER_IP,
  apiWindowSeconds: () => env.RATE_LIMIT_API_WINDOW_SECONDS,
  faqSuggestionsPerIp: () => env.RATE_LIMIT_FAQ_SUGGESTIONS_PER_IP,
  faqSuggestionsWindowSeconds: () => env.RATE_LIMIT_FAQ_SUGGESTIONS_WINDOW_SECONDS,
  trackingFailuresPerIp: () => env.RATE_LIMIT_TRACKING_FAILURES_PER_IP,
  trackingWindowSeconds: () => env.RATE_LIMIT_TRACKING_WINDOW_SECONDS,
  liveStreamsPerUser: () => env.LIVE_MAX_STREAMS_PER_USER,
  liveStreamsPerInstance: () => env.LIVE_MAX_STREAMS,
};

export const appName = 'Deskline';
