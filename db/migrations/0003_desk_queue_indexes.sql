DROP INDEX "tickets_status_activity_idx";--> statement-breakpoint
DROP INDEX "tickets_live_activity_idx";--> statement-breakpoint
CREATE INDEX "tickets_open_activity_idx" ON "tickets" USING btree ("last_activity_at","id","assignee_id","priority","category_id") WHERE "tickets"."archived_at" is null and "tickets"."status" in ('open', 'in_progress', 'on_hold', 'pending_customer');--> statement-breakpoint
CREATE INDEX "tickets_unassigned_activity_idx" ON "tickets" USING btree ("last_activity_at","id","priority","category_id") WHERE "tickets"."archived_at" is null and "tickets"."assignee_id" is null and "tickets"."status" in ('open', 'in_progress', 'on_hold', 'pending_customer');--> statement-breakpoint
CREATE INDEX "tickets_queue_activity_idx" ON "tickets" USING btree ("status","last_activity_at","id","priority","category_id","assignee_id") WHERE "tickets"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_queue_created_idx" ON "tickets" USING btree ("status","created_at","id","priority","category_id","assignee_id") WHERE "tickets"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_queue_priority_idx" ON "tickets" USING btree ("status","priority","last_activity_at","id","category_id","assignee_id") WHERE "tickets"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_archive_activity_idx" ON "tickets" USING btree ("last_activity_at","id","status","priority","category_id","assignee_id") WHERE "tickets"."archived_at" is not null;--> statement-breakpoint
CREATE INDEX "tickets_archive_created_idx" ON "tickets" USING btree ("created_at","id","status","priority","category_id","assignee_id") WHERE "tickets"."archived_at" is not null;--> statement-breakpoint
CREATE INDEX "tickets_archive_priority_idx" ON "tickets" USING btree ("priority","last_activity_at","id","status","category_id","assignee_id") WHERE "tickets"."archived_at" is not null;--> statement-breakpoint
CREATE INDEX "ticket_messages_created_idx" ON "ticket_messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "tickets_live_activity_idx" ON "tickets" USING btree ("last_activity_at","id") WHERE "tickets"."archived_at" is null;