CREATE TYPE "public"."attachment_scan_status" AS ENUM('pending', 'clean', 'infected', 'unscanned', 'failed');--> statement-breakpoint
CREATE TYPE "public"."attachment_thumbnail_state" AS ENUM('none', 'pending', 'ready', 'failed');--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid,
	"message_id" uuid,
	"storage_key" varchar(100) NOT NULL,
	"file_name" varchar(255) NOT NULL,
	"content_type" varchar(127) NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"uploaded_by" uuid,
	"claim_hash" varchar(64),
	"scan_status" "attachment_scan_status" DEFAULT 'unscanned' NOT NULL,
	"thumbnail_key" varchar(100),
	"thumbnail_state" "attachment_thumbnail_state" DEFAULT 'none' NOT NULL,
	"process_attempts" integer DEFAULT 0 NOT NULL,
	"process_after" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attached_at" timestamp with time zone,
	CONSTRAINT "attachments_storageKey_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "storage_garbage" (
	"storage_key" varchar(100) PRIMARY KEY NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_message_id_ticket_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."ticket_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_message_idx" ON "attachments" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "attachments_ticket_idx" ON "attachments" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "attachments_staged_idx" ON "attachments" USING btree ("created_at") WHERE "attachments"."message_id" is null;--> statement-breakpoint
CREATE INDEX "attachments_process_idx" ON "attachments" USING btree ("process_after") WHERE "attachments"."process_after" is not null;--> statement-breakpoint
-- Every way a file's row goes (a deleted ticket or message, a swept staged upload) queues its
-- objects for deletion in the same transaction.
CREATE FUNCTION "attachments_queue_garbage"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "storage_garbage" ("storage_key") VALUES (OLD."storage_key") ON CONFLICT DO NOTHING;
  IF OLD."thumbnail_key" IS NOT NULL THEN
    INSERT INTO "storage_garbage" ("storage_key") VALUES (OLD."thumbnail_key") ON CONFLICT DO NOTHING;
  END IF;
  RETURN OLD;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "attachments_garbage" AFTER DELETE ON "attachments" FOR EACH ROW EXECUTE FUNCTION "attachments_queue_garbage"();
