package io.credpath.catalog.importing;

import java.util.Locale;
import java.util.Optional;

/**
 * Effort and cost estimated from a Coursera duration bucket. Assumptions: 5 study hours per week
 * at the bucket's middle; the $49/month Coursera Plus-style subscription paid for the bucket's
 * typical months (1-4 weeks: 1, 1-3 months: 2, 3-6 months: 5, 6-12 months: 9); guided projects
 * cost $9.99 and take 2 hours.
 */
record CourseraEffort(double hours, int minWeeks, int maxWeeks, int months) {

  static final double MONTHLY_SUBSCRIPTION = 49.0;
  static final double GUIDED_PROJECT_PRICE = 9.99;

  static final CourseraEffort UNDER_TWO_HOURS = new CourseraEffort(2, 1, 1, 1);
  static final CourseraEffort ONE_TO_FOUR_WEEKS = new CourseraEffort(12, 1, 4, 1);
  static final CourseraEffort ONE_TO_THREE_MONTHS = new CourseraEffort(40, 4, 13, 2);
  static final CourseraEffort THREE_TO_SIX_MONTHS = new CourseraEffort(100, 13, 26, 5);
  static final CourseraEffort SIX_TO_TWELVE_MONTHS = new CourseraEffort(195, 26, 52, 9);

  /** The bucket named by a duration text, if it is one of Coursera's standard buckets. */
  static Optional<CourseraEffort> fromBucket(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    return switch (t) {
      case "less than 2 hours" -> Optional.of(UNDER_TWO_HOURS);
      case "1 - 4 weeks" -> Optional.of(ONE_TO_FOUR_WEEKS);
      case "1 - 3 months" -> Optional.of(ONE_TO_THREE_MONTHS);
      case "3 - 6 months" -> Optional.of(THREE_TO_SIX_MONTHS);
      case "6 - 12 months" -> Optional.of(SIX_TO_TWELVE_MONTHS);
      default -> Optional.empty();
    };
  }

  /** Typical bucket for a credential type when the duration is missing. */
  static CourseraEffort defaultFor(String type) {
    return switch (type) {
      case "guided-project" -> UNDER_TWO_HOURS;
      case "specialization" -> ONE_TO_THREE_MONTHS;
      case "professional-certificate" -> THREE_TO_SIX_MONTHS;
      default -> ONE_TO_FOUR_WEEKS;
    };
  }

  /** Estimated price: guided projects a flat fee, everything else months x subscription. */
  CredentialRecord.CostItem cost(String type) {
    if (type.equals("guided-project")) {
      return new CredentialRecord.CostItem("tuition", GUIDED_PROJECT_PRICE);
    }
    return new CredentialRecord.CostItem("subscription", MONTHLY_SUBSCRIPTION * Math.max(1, months));
  }
}
