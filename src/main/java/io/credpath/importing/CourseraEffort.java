package io.credpath.importing;

/**
 * The effort assumed for a Coursera duration bucket ({@code taxonomy/curated/coursera-durations.jsonl}): study hours,
 * the fewest and most weeks, and the subscription months paid.
 */
record CourseraEffort(double hours, int minWeeks, int maxWeeks, int months) {}
