-- API keys: only the SHA-256 of each secret is stored; the id is the visible prefix of the secret.
-- Times are epoch milliseconds so the same script runs on H2 and PostgreSQL.
CREATE TABLE tenants (
  id              VARCHAR(63)  PRIMARY KEY,
  rate_per_minute INTEGER      NOT NULL,
  updated_at      BIGINT       NOT NULL
);

-- One row per allowed provider, credential id or CORS origin of a tenant.
CREATE TABLE tenant_scope (
  tenant_id VARCHAR(63)  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  kind      VARCHAR(16)  NOT NULL,
  item      VARCHAR(500) NOT NULL,
  PRIMARY KEY (tenant_id, kind, item)
);

CREATE TABLE api_keys (
  id          VARCHAR(40)  PRIMARY KEY,
  secret_hash CHAR(64)     NOT NULL UNIQUE,
  role        VARCHAR(16)  NOT NULL,
  tenant_id   VARCHAR(63)  REFERENCES tenants (id),
  label       VARCHAR(200) NOT NULL,
  created_at  BIGINT       NOT NULL,
  revoked_at  BIGINT
);
