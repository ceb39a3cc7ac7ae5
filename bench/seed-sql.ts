// The set-based statements behind bench/seed-million.ts. Each one writes every row of a table in
// one INSERT … SELECT over generate_series, with random() drawn per row: a million tickets take
// minutes this way, where row-by-row inserts would take hours.

/** Staff, pending applicants and customers; every one signs in with the same password hash ($1). */
export const insertUsers = `
insert into users (email, name, password_hash, role, staff_status, status_changed_at, created_at, updated_at)
select 'bench-admin@deskline.test', 'Bench Admin', $1, 'admin'::user_role, 'approved'::staff_status, now(), now() - interval '4 years', now()
union all
select case when g = 1 then 'bench-agent@deskline.test' else format('agent%s@bench.example.com', g) end,
       f.names[1 + (g * 7) % array_length(f.names, 1)] || ' ' || l.names[1 + (g * 13) % array_length(l.names, 1)],
       $1, 'agent'::user_role, 'approved'::staff_status, now(), now() - interval '4 years', now()
from generate_series(1, $2::int) g, bench_words f, bench_words l
where f.kind = 'first' and l.kind = 'last'
union all
select format('applicant%s@bench.example.com', g), 'Applicant ' || g, $1, 'agent'::user_role, 'pending'::staff_status, now(), now() - interval '2 days', now()
from generate_series(1, 3) g
union all
select format('%s.%s%s@%s', regexp_replace(lower(f.names[1 + g % array_length(f.names, 1)]), '[^a-z]', '', 'g'),
              regexp_replace(lower(l.names[1 + (g / 30) % array_length(l.names, 1)]), '[^a-z]', '', 'g'), g,
              d.names[1 + g % array_length(d.names, 1)]),
       f.names[1 + g % array_length(f.names, 1)] || ' ' || l.names[1 + (g / 30) % array_length(l.names, 1)],
       $1, 'customer'::user_role, null::staff_status, null::timestamptz, now() - interval '4 years' + g * interval '1 hour', now()
from generate_series(1, $3::int) g, bench_words f, bench_words l, bench_words d
where f.kind = 'first' and l.kind = 'last' and d.kind = 'domain'`;

/**
 * One staging row per ticket with everything the other tables derive from it: how many messages
 * it has, their spacing, its template. Creation times rise with g over $2 days up to now; status
 * depends on age, as in a real desk: recent tickets are being worked, old ones are closed and
 * most of those older than a year archived.
 */
export const stageTickets = `
create unlogged table bench_tickets as
with draws as (
  select g,
         now() - $2::int * interval '1 day' + (g - 1) * ($2::int * interval '1 day' / $1::int) + random() * interval '30 seconds' as created_at,
         random() r_status, random() r_prio, random() r_tpl, random() r_req, random() r_agent,
         random() r_msgs, random() r_arch, random() r_note, random() r_gap, random() r_phone
  from generate_series(1, $1::int) g
), aged as (
  select *, extract(epoch from now() - created_at) / 86400 as age from draws
), statused as (
  select *,
    (case
      when age < 2 then case when r_status < .40 then 'open' when r_status < .75 then 'in_progress' when r_status < .80 then 'on_hold'
                             when r_status < .92 then 'pending_customer' else 'resolved' end
      when age < 14 then case when r_status < .05 then 'open' when r_status < .25 then 'in_progress' when r_status < .30 then 'on_hold'
                              when r_status < .45 then 'pending_customer' when r_status < .75 then 'resolved' else 'closed' end
      when age < 60 then case when r_status < .01 then 'open' when r_status < .03 then 'in_progress' when r_status < .04 then 'on_hold'
                              when r_status < .05 then 'pending_customer' when r_status < .20 then 'resolved' else 'closed' end
      else case when r_status < .03 then 'resolved' else 'closed' end
    end)::ticket_status as status
  from aged
), counted as (
  select *,
    case status
      when 'open' then 0
      when 'in_progress' then 1 + floor(r_msgs * 4)::int
      when 'on_hold' then 1 + floor(r_msgs * 3)::int
      when 'pending_customer' then case when r_msgs < .7 then 1 else 3 end
      else 1 + floor(r_msgs * 4)::int
    end as n_public
  from statused
)
select c.g, gen_random_uuid() as id, c.created_at, c.status, c.n_public,
  c.status <> 'open' and c.r_note < .25 as has_note,
  least(extract(epoch from now() - c.created_at), 14 * 86400) * (.2 + .6 * c.r_gap) / (c.n_public + 2) * interval '1 second' as gap,
  1 + floor(c.r_tpl * (select count(*) from bench_templates))::int as tpl,
  (array['low','medium','medium','high','urgent'])[case when c.r_prio < .25 then 1 when c.r_prio < .70 then 2 when c.r_prio < .92 then 4 else 5 end]::ticket_priority as priority,
  case when c.status = 'open' then null else (select ids[1 + floor(c.r_agent ^ 1.5 * array_length(ids, 1))::int] from bench_agents) end as assignee_id,
  c.r_req, c.r_arch, c.r_phone,
  row_number() over (partition by (c.created_at at time zone 'UTC')::date order by c.g) as seq
from counted c`;

/** The tickets themselves, text filled in from the demo templates. */
export const insertTickets = `
insert into tickets (id, number, subject, description, category_id, priority, status, archived_at, requester_id, requester_name,
  requester_email, requester_phone, external_ref, channel, assignee_id, assigned_at, resolved_by_id, last_message_by,
  created_at, updated_at, last_activity_at, first_response_at, resolved_at, closed_at)
select s.id,
  'HD-' || to_char(s.created_at at time zone 'UTC', 'YYYYMMDD') || '-' || lpad(s.seq::text, 4, '0'),
  left(bench_fill(tp.subject, s.g), 200), bench_fill(tp.description, s.g), tp.category_id, s.priority, s.status,
  case when s.status = 'closed' and s.created_at < now() - interval '365 days' and s.r_arch < .6
       then s.created_at + (s.n_public + 1) * s.gap + interval '30 days' end,
  cu.id, coalesce(cu.name, v.name), coalesce(cu.email, v.email),
  case when s.r_phone < .2 then '+44 20 7946 0' || (100 + s.g % 900) end,
  case tp.ref when 'order' then bench_fill('{order}', s.g) when 'invoice' then bench_fill('{invoice}', s.g) end,
  (case when cu.id is not null then case when s.r_phone < .75 then 'portal' else 'web_form' end
        else case when s.r_phone < .85 then 'web_form' else 'api' end end)::ticket_channel,
  s.assignee_id, case when s.assignee_id is not null then s.created_at + s.gap / 2 end,
  case when s.status in ('resolved', 'closed') then s.assignee_id end,
  (case when s.n_public % 2 = 1 then 'staff' else 'requester' end)::message_author_kind,
  s.created_at,
  s.created_at + (s.n_public + 0.5) * s.gap,
  case when s.status = 'open' then s.created_at else s.created_at + (s.n_public + 0.5) * s.gap end,
  case when s.n_public > 0 then s.created_at + s.gap end,
  case when s.status in ('resolved', 'closed') then s.created_at + (s.n_public + 0.5) * s.gap end,
  case when s.status = 'closed' then s.created_at + (s.n_public + 0.5) * s.gap end
from bench_tickets s
join bench_templates tp on tp.n = s.tpl
left join bench_customers cu on s.r_req < .5 and cu.n = 1 + floor(s.r_req * 2 * $1::int)::int
cross join lateral (
  select f.names[1 + (s.g * 31) % array_length(f.names, 1)] || ' ' || l.names[1 + (s.g * 17) % array_length(l.names, 1)] as name,
         format('%s.%s%s@%s', regexp_replace(lower(f.names[1 + (s.g * 31) % array_length(f.names, 1)]), '[^a-z]', '', 'g'),
                regexp_replace(lower(l.names[1 + (s.g * 17) % array_length(l.names, 1)]), '[^a-z]', '', 'g'), s.g % 5000,
                d.names[1 + s.g % array_length(d.names, 1)]) as email
  from bench_words f, bench_words l, bench_words d
  where f.kind = 'first' and l.kind = 'last' and d.kind = 'domain'
) v`;

/** Public replies alternate staff, requester, staff…; a quarter of worked tickets carry a note. */
export const insertMessages = `
insert into ticket_messages (ticket_id, visibility, author_kind, author_id, author_name, author_email, body, created_at)
select s.id, 'public'::message_visibility,
  (case when j % 2 = 1 then 'staff' else 'requester' end)::message_author_kind,
  case when j % 2 = 1 then s.assignee_id else t.requester_id end,
  case when j % 2 = 1 then a.name else t.requester_name end,
  case when j % 2 = 0 then t.requester_email end,
  case when j = 1 then bench_fill(tp.reply, s.g)
       when j % 2 = 1 then sf.names[1 + (s.g + j) % array_length(sf.names, 1)]
       else rf.names[1 + (s.g + j) % array_length(rf.names, 1)] end,
  s.created_at + j * s.gap
from bench_tickets s
join tickets t on t.id = s.id
join bench_templates tp on tp.n = s.tpl
join users a on a.id = s.assignee_id
cross join lateral generate_series(1, s.n_public) j
cross join bench_words sf cross join bench_words rf
where sf.kind = 'staff' and rf.kind = 'requester'
union all
select s.id, 'internal'::message_visibility, 'staff'::message_author_kind, s.assignee_id, a.name, null, n.names[1 + s.g % array_length(n.names, 1)], s.created_at + s.gap * 0.75
from bench_tickets s
join users a on a.id = s.assignee_id
cross join bench_words n
where s.has_note and n.kind = 'note'`;

/** The trail: created, assigned, every message, the last status change, archiving. */
export const insertEvents = `
insert into ticket_events (ticket_id, ticket_number, actor_id, actor_name, kind, from_value, to_value, created_at)
select id, number, requester_id, requester_name, 'created'::ticket_event_kind, null, 'open', created_at from tickets
union all
select t.id, t.number, t.assignee_id, a.name, 'assigned'::ticket_event_kind, null, a.name, t.assigned_at
from tickets t join users a on a.id = t.assignee_id
union all
select t.id, t.number, t.assignee_id, a.name, 'status_changed'::ticket_event_kind, case when t.status = 'in_progress' then 'open' else 'in_progress' end, t.status::text, t.last_activity_at
from tickets t join users a on a.id = t.assignee_id where t.status <> 'open'
union all
select t.id, t.number, t.assignee_id, 'Bench Admin', 'archived'::ticket_event_kind, null, null, t.archived_at from tickets t where t.archived_at is not null
union all
select m.ticket_id, t.number, m.author_id, m.author_name, case when m.visibility = 'internal' then 'note_added' else 'replied' end::ticket_event_kind,
  null, null, m.created_at
from ticket_messages m join tickets t on t.id = m.ticket_id`;

export const insertCounters = `
insert into ticket_counters (day, last)
select (created_at at time zone 'UTC')::date, max(seq) from bench_tickets group by 1`;
