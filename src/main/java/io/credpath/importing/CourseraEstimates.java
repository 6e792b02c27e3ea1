package io.credpath.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a Coursera offering is assumed to take and cost; the scrapes give neither hours nor price, only a duration
 * bucket ("1 - 3 Months"). Each bucket's hours, weeks and subscription months, and the bucket typical of each product
 * type when the scrape gives none, come from {@code taxonomy/curated/coursera-durations.jsonl}; the prices from
 * {@code import-settings.jsonl}.
 */
final class CourseraEstimates {
  static final String FILE = "coursera-durations.jsonl";
  /** The product types {@link CourseraImporter} gives the products it imports; each needs a typical bucket. */
  static final List<String> TYPES = List.of("course", "specialization", "professional-certificate", "guided-project");

  /** A month of Coursera's subscription, and a guided project's flat price (USD). */
  record Prices(double monthlySubscription, double guidedProject) {}

  private final Map<String, CourseraEffort> buckets = new HashMap<>();
  private final Map<String, CourseraEffort> typical = new HashMap<>();
  private final Prices prices;

  /** Reads and checks {@value #FILE}. */
  CourseraEstimates(CuratedTables tables, Prices prices) {
    this.prices = prices;
    Map<String, String> seenBuckets = new HashMap<>();
    Map<String, String> seenTypes = new HashMap<>();
    tables.requiredRows(FILE, (n, at) -> {
      String bucket = key(CuratedTables.text(n, "bucket", at));
      CuratedTables.once(seenBuckets, bucket, "bucket", at);
      int minWeeks = CuratedTables.whole(n, "minWeeks", at, 1, 520);
      CourseraEffort effort = new CourseraEffort(CuratedTables.number(n, "hours", at, 0.5, 5000), minWeeks,
          CuratedTables.whole(n, "maxWeeks", at, minWeeks, 520), CuratedTables.whole(n, "months", at, 1, 120));
      buckets.put(bucket, effort);
      for (String type : CuratedTables.strings(n, "typicalFor")) {
        if (!TYPES.contains(type)) throw new IllegalStateException(at + ": typicalFor " + type + " is not a Coursera product type ("
            + String.join(", ", TYPES) + ")");
        CuratedTables.once(seenTypes, type, "typicalFor", at);
        typical.put(type, effort);
      }
      return effort;
    });
    for (String type : TYPES) {
      if (!typical.containsKey(type)) throw new IllegalStateException(tables.path(FILE) + ": no bucket is typicalFor " + type
          + "; each of " + String.join(", ", TYPES) + " needs one, for offerings the scrapes give no duration");
    }
  }

  /** The effort of a duration text, if it names one of the table's buckets (case and spacing aside). */
  Optional<CourseraEffort> fromBucket(String text) {
    return Optional.ofNullable(buckets.get(key(text)));
  }

  /** The effort typical of a product type, for an offering without a duration. */
  CourseraEffort typicalFor(String type) {
    return typical.get(type);
  }

  /** The estimated price: a guided project's flat price, anything else the subscription for the bucket's months. */
  CredentialRecord.CostItem cost(CourseraEffort effort, String type) {
    if (type.equals("guided-project")) return new CredentialRecord.CostItem("tuition", prices.guidedProject());
    return new CredentialRecord.CostItem("subscription", prices.monthlySubscription() * effort.months());
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }
}
