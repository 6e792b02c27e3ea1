package io.credpath.advising;

import java.time.Instant;
import java.util.List;

/** A stored cohort: its upload (rows read and rejected, who and when) and its members, the learners of the rows kept. */
public record Cohort(String id, String name, int rows, int rejected, Instant created, String createdBy, List<Member> members) {
  public Cohort {
    members = List.copyOf(members);
  }

  /** A row kept: its line in the file, the learner's reference and id, and the target (an occupation id). */
  public record Member(int line, String reference, String learner, String target) {}
}
