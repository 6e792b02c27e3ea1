-- Issue 15: a reload on one replica reaches the others. One row: a successful POST /api/v1/admin/reload on any replica
-- raises generation (with what it now serves), and every replica polls the row and reloads from its own disk when the
-- generation moves past the one it has seen. The same script runs on H2 and PostgreSQL; forward only.
CREATE TABLE reload_signal (
  id                   INTEGER      PRIMARY KEY,
  generation           BIGINT       NOT NULL,
  taxonomy_fingerprint VARCHAR(128) NOT NULL,
  rules_version        VARCHAR(128) NOT NULL,
  reloaded_at          BIGINT       NOT NULL,
  reloaded_by          VARCHAR(200) NOT NULL
);
INSERT INTO reload_signal (id, generation, taxonomy_fingerprint, rules_version, reloaded_at, reloaded_by)
VALUES (1, 0, '', '', 0, '');
