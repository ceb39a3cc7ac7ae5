import type { Metadata } from 'next';
import { ContactForm } from '@/components/tickets/contact-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getActor } from '@/lib/auth/session';
import { listActiveCategories } from '@/lib/categories/list';
import { fileLimits } from '@/lib/files/limits';
import { isMailSending } from '@/lib/notify';
import { submitContact } from './actions';

export const metadata: Metadata = { title: 'Contact support' };

export default async function ContactPage() {
  const [actor, categories] = await Promise.all([getActor(), listActiveCategories()]);
  const customer = actor.kind === 'user' && actor.role === 'customer' ? actor : null;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Contact support"
        description="Tell us what you need and a member of the support team will get back to you, usually within one working day."
      />
      <Card>
        <ContactForm
          action={submitContact}
          categories={categories}
          lockedEmail={customer?.email}
          mailSending={isMailSending()}
          fileLimits={fileLimits()}
          defaults={customer ? { name: customer.name, email: customer.email, phone: customer.phone ?? '' } : {}}
        />
      </Card>
    </div>
  );
}
