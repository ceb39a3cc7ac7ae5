/**
 * Support requests for the demo shop: it sells label printers and scanners and runs a small
 * order-management subscription. Placeholders in braces are filled per ticket.
 */
export type TicketTemplate = {
  category: string;
  subject: string;
  description: string;
  /** The first staff answer, written for this request. */
  reply: string;
  /** Which reference the requester quotes, kept in the ticket's external reference. */
  ref?: 'order' | 'invoice';
};

export const products = [
  'LP-200 label printer',
  'LP-400 wide-format label printer',
  'ScanGo wireless barcode scanner',
  'RP-80 receipt printer',
  'SC-30 shipping scale',
  'CD-410 cash drawer',
  'pack of 4×6 thermal labels',
];

export const plans = ['Starter', 'Growth', 'Pro'];

export const ticketTemplates: readonly TicketTemplate[] = [
  {
    category: 'order-delivery',
    subject: 'Order {order} has not arrived yet',
    description:
      'I ordered the {product} on the website about ten days ago and the tracking page has not changed since it left your warehouse. Could you check where it is? I need it for our shop opening next week.',
    reply:
      'Sorry for the wait. I checked with the courier: the parcel for {order} was held at their regional depot because of a damaged barcode. They have relabelled it and expect to deliver within two working days.',
    ref: 'order',
  },
  {
    category: 'order-delivery',
    subject: 'Wrong item in my parcel ({order})',
    description:
      'The box for order {order} arrived today but instead of the {product} it contains a cash drawer. The packing slip has the right item on it. How do I get the correct one?',
    reply:
      'Apologies for the mix-up. I have sent a free return label to your email and dispatched the {product} today by express delivery, so you do not need to wait for the return to reach us.',
    ref: 'order',
  },
  {
    category: 'order-delivery',
    subject: 'Can I change the delivery address for {order}?',
    description:
      'I just placed order {order} and realised it will go to my old office. The new address is in the same city. Is it still possible to change it before it ships?',
    reply:
      'Good timing: the order had not been picked yet, so I updated the delivery address. You will get a new confirmation email with the corrected address in a few minutes.',
    ref: 'order',
  },
  {
    category: 'order-delivery',
    subject: '{product} arrived damaged',
    description:
      'The outer box was crushed and the {product} has a cracked casing. It powers on, but the lid does not close properly. Order number {order}. I have photos if you need them.',
    reply:
      'I am sorry it arrived like that. Please reply with two photos of the damage and the box; once I have them I will send a replacement straight away, no need to return the damaged one.',
    ref: 'order',
  },
  {
    category: 'order-delivery',
    subject: 'Partial delivery for order {order}',
    description:
      'Order {order} was supposed to contain three items but only the {product} came. The tracking shows a single parcel. Are the rest coming separately?',
    reply:
      'The remaining two items ship from our second warehouse and left yesterday; they have their own tracking number, which I have just emailed to you. They should arrive within three working days.',
    ref: 'order',
  },
  {
    category: 'billing',
    subject: 'Charged twice for my {plan} subscription',
    description:
      'My card statement shows two charges of {amount} on the same day for the {plan} plan. I only have one account. Please refund the duplicate payment.',
    reply:
      'You are right: a retry on our payment provider captured the payment twice. I have refunded the duplicate {amount}; depending on your bank it will show on your statement within 3–5 working days.',
    ref: 'invoice',
  },
  {
    category: 'billing',
    subject: 'Need a VAT invoice for {invoice}',
    description:
      'Our accountant needs an invoice with our company name and VAT number for payment {invoice}. The one in the dashboard only shows my personal name. Can you reissue it?',
    reply:
      'You can add the company name and VAT number under Settings → Billing; invoices issued afterwards include them. I have reissued {invoice} with the details from your message and attached it to this ticket by email.',
    ref: 'invoice',
  },
  {
    category: 'billing',
    subject: 'Downgrade from {plan} to Starter',
    description:
      'We are a smaller team now and would like to move to the Starter plan at the end of this billing period. Will we lose our order history if we downgrade?',
    reply:
      'Your order history stays intact on every plan. I have scheduled the downgrade for the end of the current period, so you keep the {plan} features until then and are billed the Starter price afterwards.',
  },
  {
    category: 'billing',
    subject: 'Refund for cancelled order {order}',
    description:
      'I cancelled order {order} an hour after placing it and got the cancellation email, but the payment of {amount} has not been returned to my card yet. It has been a week.',
    reply:
      'The refund for {order} was issued on the day you cancelled. Card refunds can take up to ten working days to appear; I have sent you the refund reference so your bank can trace it.',
    ref: 'order',
  },
  {
    category: 'billing',
    subject: 'Card declined when renewing subscription',
    description:
      'The renewal of our {plan} plan failed and the dashboard says the card was declined, but the same card works everywhere else. We do not want the account to be suspended.',
    reply:
      'The decline came from a 3-D Secure check that was not completed. Your account will not be suspended for 14 days; please update the card under Settings → Billing and approve the check in your banking app.',
  },
  {
    category: 'account',
    subject: 'Password reset email never arrives',
    description:
      'I requested a password reset three times today and no email has arrived, not even in the spam folder. I can still see my orders on my phone where I am signed in.',
    reply:
      'Your mail server rejected our messages as bulk mail. I have asked our email provider to retry; meanwhile you can add our sending address to your safe senders and request a new link.',
  },
  {
    category: 'account',
    subject: 'Please change the email address on my account',
    description:
      'I am leaving my job and need the account moved from my work address to my personal one. I can still receive email at both for the next two weeks.',
    reply:
      'I have sent a confirmation link to the new address. Once you click it, the account switches over and you sign in with the new email and your existing password.',
  },
  {
    category: 'account',
    subject: 'Delete my account and personal data',
    description:
      'I no longer use the service and would like my account and all personal data deleted, as allowed under GDPR. Please confirm once it is done.',
    reply:
      'You can do it yourself at once: under Account (top right), download a copy of your data if you want one, then choose "Delete my account". Your account and contact details are removed straight away; your requests stay with us under "Deleted customer" so that invoices and their history remain complete. If you would rather we did it, reply here and an admin will.',
  },
  {
    category: 'account',
    subject: 'Add a second user to our team account',
    description:
      'We hired someone to help with packing and she needs access to orders but not to billing. Is that possible on the {plan} plan?',
    reply:
      'Yes: under Settings → Team, invite her with the "Fulfilment" role. It can see and update orders but not billing or API keys. The {plan} plan includes up to five team members.',
  },
  {
    category: 'technical',
    subject: '{product} not detected over USB',
    description:
      'After a Windows update the {product} no longer shows up as a device. I tried two cables and another USB port. The printer powers on and the light is green.',
    reply:
      'The update replaced our driver with a generic one. Please install driver version 3.4 from the downloads page, then unplug and reconnect the printer; it should appear under "Printers & scanners" again.',
  },
  {
    category: 'technical',
    subject: 'Labels print with a blank gap between them',
    description:
      'Every second label from the {product} comes out blank and the printout drifts down the page. I am using your own thermal labels. It started after I changed the label roll.',
    reply:
      'The printer needs to recalibrate for the new roll. Hold the feed button for five seconds until it feeds two labels and stops; that measures the gap. If it still drifts, set the label size to 4×6 in the app.',
  },
  {
    category: 'technical',
    subject: 'API returns 401 with a new key',
    description:
      'I created a new API key this morning to connect our warehouse system, but every request returns 401 Unauthorized. The old key still works. Do new keys need to be activated?',
    reply:
      'New keys are scoped to read-only by default. Edit the key under Settings → API keys and enable the "orders:write" scope; requests with it will be accepted straight away, no new key needed.',
  },
  {
    category: 'technical',
    subject: 'Webhooks stopped arriving',
    description:
      'Since yesterday afternoon our endpoint has not received any order webhooks. Nothing changed on our side and the endpoint responds fine when I test it manually.',
    reply:
      'Your endpoint answered with timeouts for an hour yesterday, so deliveries were paused after repeated failures. I have resumed them and replayed the missed events; you should see them arriving now.',
  },
  {
    category: 'technical',
    subject: 'ScanGo scanner adds extra characters',
    description:
      'When I scan barcodes into the order search, the ScanGo scanner adds a strange character at the end, so the search finds nothing. It worked fine last month.',
    reply:
      'The scanner has switched to a different keyboard layout. Scan the "US keyboard" and then "suffix: Enter" codes on page 12 of the quick-start guide (PDF in the downloads section) and it will behave again.',
  },
  {
    category: 'bug-report',
    subject: 'Order export CSV has broken characters',
    description:
      'When I export orders to CSV, customer names with accents (é, ü, ø) come out as garbled symbols in Excel. The names look fine in the dashboard.',
    reply:
      'Thank you for the clear report. Excel reads the file in the wrong encoding; we will add a byte-order mark so it detects UTF-8. Until then, use Data → From Text/CSV in Excel and choose UTF-8.',
  },
  {
    category: 'bug-report',
    subject: 'Dashboard totals differ from the sales report',
    description:
      'The dashboard says last week we sold {amount} but the sales report for the same dates shows a different total. Which one is correct? Our accountant is asking.',
    reply:
      'The dashboard counts orders in your browser time zone while the report uses UTC, so orders near midnight fall into different days. The report is the one to give your accountant; we are aligning the two.',
  },
  {
    category: 'bug-report',
    subject: 'Save button does nothing on the product page',
    description:
      'When I edit a product and click Save, the button spins for a second and nothing is saved. No error message. This happens in Chrome and Firefox on two computers.',
    reply:
      'I reproduced it: products with a price that has more than two decimals fail validation silently. Please round the price to two decimals for now; a fix with a proper error message is being prepared.',
  },
  {
    category: 'bug-report',
    subject: 'Mobile app crashes when opening an order',
    description:
      'Since the latest update the mobile app closes itself as soon as I tap any order. I reinstalled it with no change. iPhone 13, latest iOS.',
    reply:
      'Thank you. The crash affects orders with gift messages; a fixed version is already in review with Apple. Until it is out, orders open normally in the mobile browser.',
  },
  {
    category: 'bug-report',
    subject: 'Stock count goes negative after returns',
    description:
      'When a customer returns an item that I had already restocked manually, the stock count for the {product} goes to -1. It breaks our low-stock alerts.',
    reply:
      'Confirmed: a manual restock and a return are both counted. I have corrected your stock figures, and the return flow will soon ask whether the item was already restocked.',
  },
  {
    category: 'feature-request',
    subject: 'Bulk print shipping labels',
    description:
      'We ship 80–100 orders a day and have to print labels one by one. Could you add a way to select several orders and print all their labels at once?',
    reply:
      'Thanks for the suggestion. Bulk label printing is on our roadmap for next quarter; I have added your vote and will let you know here when it is available to try.',
  },
  {
    category: 'feature-request',
    subject: 'Dark mode for the dashboard',
    description:
      'We work late shifts in the warehouse and the white dashboard is very bright on the packing station screens. A dark theme would be much appreciated.',
    reply:
      'A dark theme is planned. In the meantime, the packing view has a high-contrast mode under the display menu that many warehouse teams use on night shifts.',
  },
  {
    category: 'feature-request',
    subject: 'Integration with our accounting software',
    description:
      'Could you sync invoices automatically with our accounting software? At the moment we download every invoice and upload it by hand each month.',
    reply:
      'We do not have a direct integration yet, but our API exposes invoices and there is a ready-made connector template in the docs. I have passed your request to the product team.',
  },
  {
    category: 'general',
    subject: 'Do you ship to Norway?',
    description:
      'I would like to order two {product} units for our shop in Bergen. Do you ship to Norway, and will I have to pay import duties on delivery?',
    reply:
      'We do ship to Norway, usually in 4–6 working days. Duties and VAT are collected by the courier on delivery; the checkout shows an estimate before you pay.',
  },
  {
    category: 'general',
    subject: 'Is there a discount for non-profits?',
    description:
      'We are a small charity running a second-hand shop with volunteers. Do you offer a discount on the {plan} plan for registered non-profits?',
    reply:
      'We offer 30% off any plan for registered charities. Please reply with your charity registration number and I will apply the discount from your next invoice.',
  },
  {
    category: 'general',
    subject: 'Question about warranty on the {product}',
    description:
      'How long is the warranty on the {product}, and does it cover the print head? Ours is eighteen months old and the prints have become faint.',
    reply:
      'The {product} has a two-year warranty, including the print head. Faint prints are often just a dirty head, so please try the cleaning pen in the box first; if that does not help we will replace it.',
  },
  {
    category: 'other',
    subject: 'Partnership enquiry',
    description:
      'I run a small agency that sets up online shops for local businesses. We would like to recommend your service to our clients. Do you have a partner programme?',
    reply:
      'Thank you for thinking of us. We do have a partner programme with a referral commission and a shared demo account; I have forwarded your details to our partnerships team, who will contact you this week.',
  },
  {
    category: 'other',
    subject: 'Feedback on the new checkout',
    description:
      'Just wanted to say the new checkout is much faster. One small thing: the postcode field rejects Irish Eircodes with a space in the middle.',
    reply:
      'Thank you, that is kind of you to say. You are right about Eircodes; I have logged it with the team and the field will accept them with or without the space in the next release.',
  },
];
