ALTER TYPE "public"."audit_kind" ADD VALUE 'user_deleted' BEFORE 'faq_changed';--> statement-breakpoint
ALTER TYPE "public"."ticket_event_kind" ADD VALUE 'tracking_link_issued';--> statement-breakpoint
ALTER TYPE "public"."ticket_event_kind" ADD VALUE 'attached_to_account';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "tracking_token_hash" varchar(64);--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "tracking_token_issued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ticket_messages" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce("ticket_messages"."body", ''))) STORED;--> statement-breakpoint
CREATE INDEX "ticket_messages_search_idx" ON "ticket_messages" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_trackingTokenHash_unique" UNIQUE("tracking_token_hash");