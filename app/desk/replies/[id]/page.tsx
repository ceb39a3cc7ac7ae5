import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedReplyForm } from '@/components/desk/saved-reply-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { getSavedReply } from '@/lib/saved-replies/manage';
import { savedReplyIdSchema } from '@/lib/saved-replies/schemas';
import { saveSavedReplyAction } from '../actions';

export const metadata: Metadata = { title: 'Edit saved reply' };

export default async function EditSavedReplyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!savedReplyIdSchema.safeParse({ id }).success) notFound();
  const actor = await getActor();
  const reply = await forPage(() => getSavedReply(actor, { id }), `/desk/replies/${id}`);
  // A shared reply is the admins' to change: for anyone else there is nothing to edit here.
  if (!reply.editable) notFound();

  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/desk/replies" className="text-sm font-medium text-brand-700 hover:underline">
        ← All saved replies
      </Link>
      <div className="mt-4">
        <PageHeader title={`Edit “${reply.title}”`} description={reply.shared ? 'Shared with every agent.' : 'Only you see this reply.'} />
      </div>
      <Card>
        <SavedReplyForm id={reply.id} action={saveSavedReplyAction} defaults={{ title: reply.title, body: reply.body }} />
      </Card>
    </div>
  );
}
