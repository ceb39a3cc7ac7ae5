ALTER TYPE "public"."audit_kind" ADD VALUE 'password_changed';--> statement-breakpoint
ALTER TYPE "public"."audit_kind" ADD VALUE 'password_reset';--> statement-breakpoint
ALTER TYPE "public"."audit_kind" ADD VALUE 'profile_changed';--> statement-breakpoint
ALTER TYPE "public"."audit_kind" ADD VALUE 'sessions_revoked';--> statement-breakpoint
ALTER TYPE "public"."audit_kind" ADD VALUE 'data_exported';--> statement-breakpoint
ALTER TYPE "public"."audit_kind" ADD VALUE 'account_anonymised';--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"request_ip" varchar(64),
	CONSTRAINT "password_reset_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"user_agent" varchar(300),
	"ip" varchar(64)
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "last_public_activity_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id","revoked_at");--> statement-breakpoint
CREATE INDEX "tickets_requester_public_activity_idx" ON "tickets" USING btree ("requester_id","last_public_activity_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
-- Until now every change counted as activity; public messages and the ticket's creation are what the requester saw.
UPDATE "tickets" SET "last_public_activity_at" = coalesce((SELECT max(m."created_at") FROM "ticket_messages" m WHERE m."ticket_id" = "tickets"."id" AND m."visibility" = 'public'), "tickets"."created_at");
