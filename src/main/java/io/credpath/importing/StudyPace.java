package io.credpath.importing;

/**
 * The weekly study hours at which an offering's hours are spread over weeks when its source gives no weeks: the
 * faster pace gives its fewest weeks, the slower its most ({@code taxonomy/curated/import-settings.jsonl}).
 */
record StudyPace(double fastHoursPerWeek, double slowHoursPerWeek) {

  int minWeeks(double hours) {
    return weeks(hours, fastHoursPerWeek);
  }

  int maxWeeks(double hours) {
    return weeks(hours, slowHoursPerWeek);
  }

  /** Weeks to finish at a pace of hoursPerWeek, at least one. */
  static int weeks(double hours, double hoursPerWeek) {
    return Math.max(1, (int) Math.ceil(hours / hoursPerWeek));
  }
}
