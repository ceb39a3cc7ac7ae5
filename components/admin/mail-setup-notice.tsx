import type { MailSetup } from '@/lib/mail/mail-log';

/** Says plainly when nothing can be sent, and from which address mail goes otherwise. */
export function MailSetupNotice({ setup }: { setup: MailSetup }) {
  if (!setup.providerConfigured) {
    return (
      <div className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-4 text-sm text-amber-950" data-testid="mail-not-configured">
        <p className="font-semibold">Mail is not being sent.</p>
        <p className="mt-1">
          No <code className="font-mono">RESEND_API_KEY</code> is set, so every message is kept here as held. Nothing is lost: once a key is set, send the
          held messages you still want from their pages.
        </p>
      </div>
    );
  }
  return (
    <p className="text-sm text-slate-700">
      Sent through Resend from <span className="font-medium break-all text-slate-900">{setup.from}</span>
      {setup.replyDomain ? (
        <>
          ; replies go to addresses at <span className="font-medium text-slate-900">{setup.replyDomain}</span>
        </>
      ) : null}
      .
    </p>
  );
}
