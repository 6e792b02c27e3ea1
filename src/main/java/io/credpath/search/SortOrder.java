package io.credpath.search;

/** How credential results are ordered; ties always fall back to id so pages never overlap. */
public enum SortOrder {
  /** Best text match first (with no text, id order). */
  RELEVANCE,
  /** Cheapest first. */
  COST,
  /** Fewest hours first. */
  HOURS,
  /** Highest rated first; unrated last. */
  RATING
}
