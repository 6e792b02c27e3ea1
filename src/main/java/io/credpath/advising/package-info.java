/**
 * Advising state kept outside the catalogue: API keys, roles and partner tenants, and advisors' learners, saved plans
 * (with the taxonomy and rules they were computed with) and the audit trail of their writes, stored over JDBC (H2 file
 * by default, PostgreSQL when configured) with Flyway migrations from {@code db/migration}; {@link io.credpath.advising.PlanBook}
 * plans learners through the planner's port.
 */
package io.credpath.advising;
