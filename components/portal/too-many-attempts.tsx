import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

export function TooManyAttempts({ message }: { message: string }) {
  return (
    <Card className="mx-auto max-w-xl text-center">
      <p className="font-mono text-sm font-semibold text-brand-700">429</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Too many attempts</h1>
      <p className="mt-3 text-slate-600" data-testid="rate-limited">
        {message}
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <ButtonLink href="/">Home</ButtonLink>
        <ButtonLink href="/contact" variant="secondary">
          Contact support
        </ButtonLink>
      </div>
    </Card>
  );
}
