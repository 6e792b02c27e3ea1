package io.credpath.rules.facts;

import java.util.Objects;

/**
 * What one step of a pathway does for one gap item: it takes the learner from {@code heldLevel} (what they hold before
 * the step, from their job, credentials or earlier steps; {@code ownLevel} is the part of that they brought themselves,
 * from their job and credentials) to {@code reachedLevel} of the {@code requiredLevel} the
 * target needs; {@code full} when that closes the item, else it closes half of it (one level short). {@code kind} is
 * the gap item's kind (field, tool, credential: only planned items are gained). For a credential item the levels are 0 and 1.
 * {@code heldName} is the item as something the learner holds: a tool group's kind ("operating system software"), since
 * they may hold any one of its tools, else its name.
 */
public record StepGain(String credential, String title, String item, String itemName, String heldName, String kind, int heldLevel,
    int ownLevel, int reachedLevel, int requiredLevel, boolean full) {
  public StepGain {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(itemName, "itemName");
    Objects.requireNonNull(kind, "kind");
  }
}
