package io.credpath.importing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A line of credentials.jsonl (imported offerings; curated ones are copied as JSON). */
@JsonPropertyOrder({"id", "title", "type", "provider", "url", "description", "cost", "hours",
    "minWeeks", "maxWeeks", "delivery", "language", "level", "rating", "skills", "unmappedSkills",
    "requires", "recommends", "renewal", "quality", "sessions", "status", "estimates", "source",
    "sourceUrl"})
record CredentialRecord(String id, String title, String type, String provider, String url,
    String description, Cost cost, double hours, int minWeeks, int maxWeeks, String delivery,
    String language, int level, Double rating, List<TaughtSkill> skills, List<String> unmappedSkills,
    Object requires, Object recommends, Object renewal, Quality quality, List<String> sessions,
    String status, List<String> estimates, String source, String sourceUrl) {

  /** A price in USD made of items; {@code known} is written only when false (the source states no price). */
  @JsonPropertyOrder({"currency", "items", "known"})
  record Cost(String currency, List<CostItem> items,
      @com.fasterxml.jackson.annotation.JsonInclude(value = com.fasterxml.jackson.annotation.JsonInclude.Include.CUSTOM,
          valueFilter = KnownFilter.class) Boolean known) {
    static Cost usd(List<CostItem> items) {
      return new Cost("USD", List.copyOf(items), true);
    }

    static Cost unknown() {
      return new Cost("USD", List.of(), false);
    }
  }

  /** Leaves {@code known: true} out of the file: only an unknown cost says so. */
  static final class KnownFilter {
    @Override
    public boolean equals(Object o) {
      return Boolean.TRUE.equals(o);
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  /** kind: tuition, exam, membership or subscription. */
  @JsonPropertyOrder({"kind", "amount"})
  record CostItem(String kind, double amount) {
    CostItem {
      if (amount < 0) {
        throw new IllegalArgumentException("cost must not be negative: " + amount);
      }
    }
  }

  /** A skill taught at a level 1..5, and how we know: the title names it, the syllabus covers it, or only a tag. */
  @JsonPropertyOrder({"skill", "level", "basis"})
  record TaughtSkill(String skill, int level, String basis) {
  }

  /** Quality assurance; imported offerings carry none. */
  @JsonPropertyOrder({"accreditedBy", "recognizedBy", "endorsedBy"})
  record Quality(List<String> accreditedBy, List<String> recognizedBy, List<String> endorsedBy) {
    static final Quality NONE = new Quality(List.of(), List.of(), List.of());
  }

  /**
   * Skill level an offering teaches, from its effort (under 5 h: 1, under 20 h: 2, under 60 h: 3,
   * longer: 4), one higher for advanced offerings (level >= 4), at most 3 for beginner ones.
   */
  static int taughtLevel(double hours, int offeringLevel) {
    int e = hours < 5 ? 1 : hours < 20 ? 2 : hours < 60 ? 3 : 4;
    if (offeringLevel >= 4) {
      e++;
    } else if (offeringLevel <= 1) {
      e = Math.min(e, 3);
    }
    return Math.max(1, Math.min(5, e));
  }

  static List<TaughtSkill> taught(List<String> skillIds, int level, String basis) {
    return skillIds.stream().distinct().sorted().map(s -> new TaughtSkill(s, level, basis)).toList();
  }
}
