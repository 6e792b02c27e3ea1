package io.credpath.advising;

import java.time.Instant;

/**
 * One advising write as the audit trail keeps it: its place in the trail, the key that made it, when, the action
 * ({@code learner.create}, {@code learner.update}, {@code learner.delete}, {@code plan.save}) and the record's id.
 */
public record AuditEntry(long seq, String keyId, Instant at, String action, String recordId) {}
