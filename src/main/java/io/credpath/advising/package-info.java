/**
 * Advising state kept outside the catalogue: API keys, roles and partner tenants, stored over JDBC (H2 file by
 * default, PostgreSQL when configured) with Flyway migrations from {@code db/migration}.
 */
package io.credpath.advising;
