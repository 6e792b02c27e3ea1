package io.credpath.catalog.importing;

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

  /** A price in USD made of items. */
  @JsonPropertyOrder({"currency", "items"})
  record Cost(String currency, List<CostItem> items) {
    static Cost usd(List<CostItem> items) {
      return new Cost("USD", List.copyOf(items));
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

  /** A skill taught at a level 1..5. */
  @JsonPropertyOrder({"skill", "level"})
  record TaughtSkill(String skill, int level) {
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

  static List<TaughtSkill> taught(List<String> skillIds, int level) {
    return skillIds.stream().distinct().sorted().map(s -> new TaughtSkill(s, level)).toList();
  }
}
