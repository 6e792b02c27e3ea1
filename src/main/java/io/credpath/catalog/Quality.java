package io.credpath.catalog;

import java.util.List;

/** Quality assurance: who accredits, recognises or endorses a credential. */
public record Quality(List<String> accreditedBy, List<String> recognizedBy, List<String> endorsedBy) {
  public Quality {
    accreditedBy = List.copyOf(accreditedBy);
    recognizedBy = List.copyOf(recognizedBy);
    endorsedBy = List.copyOf(endorsedBy);
  }

  /** No accreditation, recognition or endorsement. */
  public static Quality none() {
    return new Quality(List.of(), List.of(), List.of());
  }

  /** Whether any body accredits this credential. */
  public boolean accredited() {
    return !accreditedBy.isEmpty();
  }
}
