/** What a deleted customer is called wherever their name stood: tickets, messages, trails. */
export const DELETED_CUSTOMER_NAME = 'Deleted customer';

/**
 * A unique address that can never be delivered (.invalid is reserved, RFC 2606), so a ticket of a
 * deleted customer still has an email to show without belonging to anyone.
 */
export function deletedCustomerEmail(userId: string): string {
  return `deleted-${userId}@invalid`;
}
