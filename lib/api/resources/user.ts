import { z } from 'zod';
import { staffStatus, ticketStatus, userRole } from '@/db/schema/enums';
import type { StaffSummary } from '@/lib/users/moderate-agent';
import type { UserListRow, UserOverview, UserTicket } from '@/lib/users/search-users';
import { isoDateTime } from '../openapi/common';

export const userIdParam = z.uuid().meta({ description: 'The account’s id.', example: '0f8fad5b-d9cb-469f-a165-70867728950e' });

const userTicket = z.object({ number: z.string().meta({ example: 'HD-20261204-0001' }), subject: z.string().meta({ example: 'Parcel arrived damaged' }), status: z.enum(ticketStatus.enumValues), createdAt: isoDateTime });
const ticketSummary = z.object({ count: z.int().meta({ example: 12 }), latest: z.array(userTicket).meta({ description: 'The five most recently active.' }) });

export const userOverviewResource = z
  .object({
    id: z.uuid().meta({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' }),
    name: z.string().meta({ example: 'Daniel Okafor' }),
    email: z.string().meta({ example: 'agent@deskline.test' }),
    phone: z.string().nullable().meta({ example: null }),
    role: z.enum(userRole.enumValues),
    staffStatus: z.enum(staffStatus.enumValues).nullable().meta({ description: 'null for customers.' }),
    statusReason: z.string().nullable().meta({ description: 'Why the account was rejected or suspended.', example: null }),
    createdAt: isoDateTime,
    requested: ticketSummary.meta({ description: 'Tickets asked for by the account or its email.' }),
    assigned: ticketSummary.nullable().meta({ description: 'Open tickets assigned to a staff member; null for customers.' }),
  })
  .meta({ id: 'UserOverview' });

export const staffDecisionResource = z
  .object({
    id: z.uuid().meta({ example: '0f8fad5b-d9cb-469f-a165-70867728950e' }),
    name: z.string().meta({ example: 'Daniel Okafor' }),
    email: z.string().meta({ example: 'agent@deskline.test' }),
    staffStatus: z.enum(staffStatus.enumValues),
    unassigned: z.int().meta({ description: 'Open tickets handed back to the queue by a suspension or rejection.', example: 3 }),
  })
  .meta({ id: 'StaffDecision' });

const toUserTicket = (ticket: UserTicket) => ({ ...ticket, createdAt: ticket.createdAt.toISOString() });

export function toUserOverviewResource(user: UserOverview): z.output<typeof userOverviewResource> {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    role: user.role,
    staffStatus: user.staffStatus,
    statusReason: user.statusReason,
    createdAt: user.createdAt.toISOString(),
    requested: { count: user.requested.count, latest: user.requested.latest.map(toUserTicket) },
    assigned: user.assigned && { count: user.assigned.count, latest: user.assigned.latest.map(toUserTicket) },
  };
}

export function toStaffDecisionResource(summary: StaffSummary): z.output<typeof staffDecisionResource> {
  return { id: summary.id, name: summary.name, email: summary.email, staffStatus: summary.staffStatus, unassigned: summary.unassigned };
}

export const userResource = userOverviewResource
  .pick({ id: true, name: true, email: true, role: true, staffStatus: true, createdAt: true })
  .meta({ id: 'User' });

export function toUserResource(row: UserListRow): z.output<typeof userResource> {
  return { id: row.id, name: row.name, email: row.email, role: row.role, staffStatus: row.staffStatus, createdAt: row.createdAt.toISOString() };
}
