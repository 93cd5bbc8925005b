-- Realistic volume for ./pikar bench: 20 users in each bench tenant (50 tenants → 1,000 users)
-- and 2,000 audit logs each (100,000 rows). Run as the owner, after the tenants were created through the API.
INSERT INTO identity.users (id, tenant_id, user_name, normalized_user_name, email, normalized_email, email_confirmed,
  password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled,
  access_failed_count, is_active, creation_time, name, surname)
SELECT gen_random_uuid(), t.id, 'user' || g, 'USER' || g, 'user' || g || '@' || t.name || '.bench',
  upper('user' || g || '@' || t.name || '.bench'), true, a.password_hash, md5(random()::text), md5(random()::text),
  false, false, true, 0, true, now(), 'User', 'Number ' || g
FROM tenant_management.tenants t
JOIN identity.users a ON a.tenant_id = t.id AND a.user_name = 'admin'
CROSS JOIN generate_series(1, 19) g
WHERE t.name LIKE 'bench%';

INSERT INTO audit_logging.audit_logs (id, tenant_id, tenant_name, user_name, client_id, client_ip_address, browser_info,
  http_method, url, http_status_code, execution_time, execution_duration, exceptions, correlation_id)
SELECT gen_random_uuid(), t.id, t.name, 'admin', 'pikar_app', '127.0.0.1', 'bench',
  (ARRAY['POST', 'PUT', 'DELETE'])[1 + g % 3], '/api/identity/users', (ARRAY[200, 200, 200, 400, 404])[1 + g % 5],
  now() - make_interval(mins => g), g % 200, CASE WHEN g % 50 = 0 THEN 'Pikar.Errors.BusinessException: bench' END, md5(g::text)
FROM tenant_management.tenants t
CROSS JOIN generate_series(1, 2000) g
WHERE t.name LIKE 'bench%';

ANALYZE;
