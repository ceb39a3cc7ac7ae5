-- The categories every new helpdesk starts with; admins rename, reorder or deactivate them later.
INSERT INTO "categories" ("name", "slug", "position") VALUES
  ('General', 'general', 1),
  ('Technical', 'technical', 2),
  ('Account', 'account', 3),
  ('Billing', 'billing', 4),
  ('Bug report', 'bug-report', 5),
  ('Feature request', 'feature-request', 6),
  ('Order & delivery', 'order-delivery', 7),
  ('Other', 'other', 8)
ON CONFLICT DO NOTHING;
