-- People and access are organisation data too: memberships (who holds which role) and API tokens
-- (hashes left out by audit_row_change), and accounts installation-wide. Sessions and sign-in attempts
-- are not attached: they churn on every request, and the product records sign-in, failed sign-in and
-- sign-out as application events instead (docs/audit.md).
SELECT audit_attach('memberships', ARRAY['organisation_id', 'user_id']);--> statement-breakpoint
SELECT audit_attach('api_tokens', ARRAY['id']);--> statement-breakpoint
SELECT audit_attach('users', ARRAY['id']);
