ALTER TYPE "public"."audit_kind" ADD VALUE 'mail_resent';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'ticket_created';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'application_decided';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'mail_undeliverable';--> statement-breakpoint
ALTER TYPE "public"."ticket_channel" ADD VALUE 'email';--> statement-breakpoint
CREATE TABLE "mail_inbound" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_email_id" varchar(100) NOT NULL,
	"from_email" varchar(254) NOT NULL,
	"to_email" varchar(320) NOT NULL,
	"subject" varchar(300) DEFAULT '' NOT NULL,
	"outcome" varchar(30) NOT NULL,
	"detail" text,
	"ticket_id" uuid,
	"message_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_inbound_providerEmailId_unique" UNIQUE("provider_email_id")
);
--> statement-breakpoint
CREATE TABLE "mail_preferences" (
	"user_id" uuid NOT NULL,
	"kind" varchar(40) NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "tracking_token_sealed" text;--> statement-breakpoint
ALTER TABLE "ticket_messages" ADD COLUMN "source" varchar(16) DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "title" varchar(300) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "href" varchar(300) DEFAULT '/' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "actor_name" varchar(120);--> statement-breakpoint
ALTER TABLE "mail_inbound" ADD CONSTRAINT "mail_inbound_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_inbound" ADD CONSTRAINT "mail_inbound_message_id_ticket_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."ticket_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_preferences" ADD CONSTRAINT "mail_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_inbound_received_idx" ON "mail_inbound" USING btree ("received_at");