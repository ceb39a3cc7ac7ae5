'use client';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Card className="mx-auto max-w-xl text-center">
      <h1 className="text-2xl font-bold text-slate-900">Something went wrong</h1>
      <p className="mt-3 text-slate-600">
        The page could not be shown. Nothing you sent was lost; please try again.
        {error.digest ? <span className="mt-2 block font-mono text-sm text-slate-500">Reference {error.digest}</span> : null}
      </p>
      <div className="mt-6">
        <Button onClick={reset}>Try again</Button>
      </div>
    </Card>
  );
}
