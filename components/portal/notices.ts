const notices: Record<string, string> = {
  created: 'We have your request. The support team will reply here.',
  replied: 'Your reply was sent.',
  resolved: 'Marked as solved. Thank you for letting us know.',
  rated: 'Thank you for your rating.',
  renewed: 'This is your new private link. The old one no longer works.',
  attached: 'This ticket is now in your account, under My tickets.',
};

/** The confirmation a page shows after a form redirected back to it with `?done=…`. */
export function noticeFor(done: string | string[] | undefined): string | null {
  const key = Array.isArray(done) ? done[0] : done;
  return key ? (notices[key] ?? null) : null;
}
