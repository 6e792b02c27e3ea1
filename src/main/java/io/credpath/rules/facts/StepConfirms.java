package io.credpath.rules.facts;

import java.util.Objects;

/**
 * A gap item a step covers that an earlier step of the same pathway already closed ({@code taughtBy} names it): the
 * step adds no level, only its own evidence of the item (a designation after the programme that prepares for it).
 * {@code kind} is the gap item's kind, as in {@link StepGain}; {@code higher} whether the step is a credential of a
 * higher level than the earlier one (the logistics technician after the associate); {@code exam} whether the step is a
 * certification or licence (which certifies) rather than a course or programme (which teaches further).
 */
public record StepConfirms(String credential, String item, String itemName, String kind, String taughtBy, boolean higher,
    boolean exam) {
  public StepConfirms {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(itemName, "itemName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(taughtBy, "taughtBy");
  }
}
