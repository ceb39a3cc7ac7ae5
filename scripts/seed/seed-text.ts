/** Names and replies the demo tickets draw from, plus the demo FAQ. */

export const firstNames = [
  'Olivia', 'Noah', 'Amelia', 'Liam', 'Sofia', 'Mateo', 'Chloé', 'Jonas', 'Aisha', 'Kenji',
  'Freya', 'Oscar', 'Zoe', 'Rafael', 'Ingrid', 'Samuel', 'Leila', 'Arjun', 'Nora', 'Felix',
  'Grace', 'Luca', 'Marta', 'Ethan', 'Yara', 'Dmitri', 'Isla', 'Kwame', 'Elena', 'Theo',
];

export const lastNames = [
  'Andersen', 'Brennan', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hughes', 'Ivanova',
  'Jansen', 'Kowalski', 'Larsen', 'Mensah', 'Nakamura', 'O’Connor', 'Patel', 'Quinn', 'Rossi',
  'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Walsh', 'Xu', 'Young', 'Zimmermann', 'Novak', 'Silva',
];

/** Reserved example domains, so the demo never names a real mailbox. */
export const emailDomains = ['example.com', 'example.net', 'example.org', 'mail.example.com'];

export const requesterFollowUps = [
  'Thanks for the quick answer. I tried that, but it still happens the same way. Is there anything else I can check?',
  'Here is the extra information you asked for: it started on Monday and affects every order, not just this one.',
  'Thank you. Could you confirm whether I need to do anything else on my side?',
  'I followed the steps and it is better, but not completely fixed. I have attached a screenshot of what I see now.',
  'Thanks — one more question: will this also apply to the orders we placed last month?',
  'That makes sense. I checked with my colleague and she sees the same thing on her computer.',
  'Appreciate the update. Is there an estimate for when this will be sorted?',
  'Sorry for the slow reply, I was away. Yes, that is the right order and the right address.',
];

export const requesterThanks = [
  'That worked, thank you so much!',
  'All sorted on my side now. Thanks for your help.',
  'Received it today, everything looks fine. Thank you!',
  'Perfect, that is exactly what I needed.',
  'Great, thanks for the fast help.',
];

export const requesterNudges = [
  'Just checking whether anyone has had a chance to look at this yet?',
  'Adding a detail I forgot: this is urgent for us because we ship tomorrow morning.',
  'Any update on this? I have not heard back yet.',
  'I also noticed the same problem on a second order, in case that helps.',
];

export const staffFollowUps = [
  'Thank you for the details, that helps a lot. I have passed this to our technical team with your examples and will update you as soon as I hear back.',
  'Thanks for checking. I have made a change on our side; could you try again and tell me whether it looks right now?',
  'Understood. I have applied the correction to your account and added a note so it does not happen again.',
  'Thanks for your patience. The fix is live now, so the problem should not come back.',
  'Good question: yes, it applies to your earlier orders as well, nothing else is needed from you.',
];

export const staffClosings = [
  'I am glad we could sort this out. I will mark the ticket as resolved; just reply here if anything else comes up.',
  'Everything is in place now, so I am resolving this ticket. Thank you for your patience.',
  'That should be all. I am closing this as resolved — if it happens again, reply and it reopens.',
  'Happy to help. Marking this one as resolved, have a great week!',
];

export const pendingAsks = [
  'To look into this further, could you send us the order number and a photo of the shipping label?',
  'Could you tell me which browser and version you are using, and send a screenshot of the error?',
  'Before I go ahead, please confirm the billing email on the account so I can verify it is you.',
  'Could you try once more with the steps above and let me know exactly what happens?',
];

export const holdReplies = [
  'We are waiting for a replacement from our supplier, expected next week. I have put this ticket on hold and will update you as soon as it ships.',
  'Our engineers are working on a fix for this. I have put your ticket on hold until it is released and will let you know right away.',
  'The courier has opened an investigation, which usually takes 5–7 working days. I will get back to you when they reply.',
];

export const internalNotes = [
  'Checked the payment provider logs: the charge went through once on their side. Asked finance to double-check.',
  'Customer has had two similar issues this quarter — worth offering a goodwill discount if it drags on.',
  'Reproduced on staging. Linked to the open engineering issue about export encoding.',
  'Warehouse confirms the parcel left on time; the delay is with the courier.',
  'Verified identity via the billing email before making account changes.',
  'This customer is on an annual contract — loop in the account manager before offering refunds.',
  'Same root cause as the ticket from last week; the workaround in our notes applies.',
  'Called the customer to confirm the address; no answer, left a voicemail.',
];

export const holdNotes = [
  'Supplier ETA for replacement units is the 14th. Set a reminder to follow up.',
  'Waiting on engineering — fix is scheduled for the next release.',
  'Courier investigation opened, reference CI-55812. Check back in a week.',
];

export const positiveComments = [
  'Fast and friendly, problem solved on the first reply.',
  'Very helpful, thank you!',
  'Clear explanation and quick fix.',
  'Great service, as always.',
  'Took a day but the answer was spot on.',
];

export const neutralComments = [
  'Solved in the end, but it took a few messages.',
  'OK, although I had to explain the problem twice.',
];

export const negativeComments = [
  'Took far too long to get a real answer.',
  'The issue is fixed but the process was frustrating.',
];

export type FaqEntry = { slug: string; category: string; question: string; answer: string; published: boolean };

export const faqEntries: readonly FaqEntry[] = [
  {
    slug: 'delivery-times',
    category: 'order-delivery',
    question: 'How long does delivery take?',
    answer:
      'Orders placed before 2 pm on a working day leave our warehouse the same day. Delivery within the country takes 1–2 working days, and most of Europe 3–6. You receive a tracking link by email as soon as the parcel is handed to the courier.',
    published: true,
  },
  {
    slug: 'track-my-order',
    category: 'order-delivery',
    question: 'Where can I track my order?',
    answer:
      'Open the shipping confirmation email and follow the tracking link, or sign in and open the order under My orders. Tracking can take a few hours to show the first scan after the parcel leaves us.',
    published: true,
  },
  {
    slug: 'returns',
    category: 'order-delivery',
    question: 'How do I return an item?',
    answer:
      'You can return any unused item within 30 days of delivery. Open a ticket with your order number and we email you a prepaid return label. Refunds are issued within five working days of the parcel reaching us.',
    published: true,
  },
  {
    slug: 'damaged-delivery',
    category: 'order-delivery',
    question: 'My order arrived damaged. What should I do?',
    answer:
      'Please keep the packaging and send us two photos: one of the item and one of the box. We send a replacement straight away and, in most cases, you do not need to return the damaged item.',
    published: true,
  },
  {
    slug: 'reset-password',
    category: 'account',
    question: 'I forgot my password. How do I reset it?',
    answer:
      'Choose "Forgot password" on the sign-in page and enter your email address. The link we send is valid for one hour. If no email arrives within ten minutes, check your spam folder or contact us.',
    published: true,
  },
  {
    slug: 'delete-account',
    category: 'account',
    question: 'How do I delete my account?',
    answer:
      'Sign in and open Account (top right). Download my data gives you a copy of everything we hold about you; Delete my account removes your account and your name, email address and phone number at once. Your requests stay with the support team under "Deleted customer", so their history is not lost. Without an account, send us a request and an admin does the same for you.',
    published: true,
  },
  {
    slug: 'change-email',
    category: 'account',
    question: 'Can I change the email address on my account?',
    answer:
      'Yes. Go to your profile, enter the new address and confirm it with the link we send there. Until you confirm, you keep signing in with the old address.',
    published: true,
  },
  {
    slug: 'payment-methods',
    category: 'billing',
    question: 'Which payment methods do you accept?',
    answer:
      'We accept Visa, Mastercard, American Express, PayPal and bank transfer for business accounts. Subscriptions renew automatically on the card saved in Settings → Billing.',
    published: true,
  },
  {
    slug: 'invoices-vat',
    category: 'billing',
    question: 'How do I get an invoice with my company’s VAT number?',
    answer:
      'Add your company name and VAT number under Settings → Billing. Every invoice issued afterwards includes them; for earlier invoices, open a ticket and we reissue them.',
    published: true,
  },
  {
    slug: 'change-plan',
    category: 'billing',
    question: 'Can I upgrade or downgrade my plan?',
    answer:
      'You can change plan at any time under Settings → Billing. Upgrades apply immediately and are charged pro rata; downgrades take effect at the end of the current billing period. Your data is kept on every plan.',
    published: true,
  },
  {
    slug: 'api-keys',
    category: 'technical',
    question: 'How do I create an API key?',
    answer:
      'Go to Settings → API keys and choose "New key". Keys are read-only until you add write scopes such as orders:write. Copy the key when it is shown: for your security we cannot display it again.',
    published: true,
  },
  {
    slug: 'printer-setup',
    category: 'technical',
    question: 'How do I set up my label printer?',
    answer:
      'Install the driver from the downloads page, connect the printer by USB and load the label roll. Hold the feed button for five seconds so it measures the labels, then choose the printer in Settings → Printing.',
    published: true,
  },
  {
    slug: 'gift-wrapping',
    category: 'general',
    question: 'Do you offer gift wrapping?',
    answer: 'Draft: gift wrapping is being trialled in two warehouses; confirm prices before publishing.',
    published: false,
  },
  {
    slug: 'two-factor',
    category: 'account',
    question: 'How do I turn on two-factor authentication?',
    answer: 'Draft: waiting for the new security settings page before this can be written.',
    published: false,
  },
];
