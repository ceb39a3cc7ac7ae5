// The value lists behind the pgEnums, kept free of drizzle so the browser may import them
// (through lib/vocabulary) without pulling the ORM into its bundle.

export const userRoles = ['customer', 'agent', 'admin'] as const;
export const staffStatuses = ['pending', 'approved', 'rejected', 'suspended'] as const;

export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export const ticketStatuses = ['open', 'in_progress', 'on_hold', 'pending_customer', 'resolved', 'closed'] as const;
export const ticketChannels = ['web_form', 'portal', 'api', 'email'] as const;

/** Statuses that still need work: the open queues, "open" counts and workloads. */
export const openTicketStatuses = ['open', 'in_progress', 'on_hold', 'pending_customer'] as const satisfies readonly TicketStatus[];
export const doneTicketStatuses = ['resolved', 'closed'] as const satisfies readonly TicketStatus[];

export type UserRole = (typeof userRoles)[number];
export type StaffStatus = (typeof staffStatuses)[number];
export type TicketPriority = (typeof ticketPriorities)[number];
export type TicketStatus = (typeof ticketStatuses)[number];
export type TicketChannel = (typeof ticketChannels)[number];
export type OpenTicketStatus = (typeof openTicketStatuses)[number];
