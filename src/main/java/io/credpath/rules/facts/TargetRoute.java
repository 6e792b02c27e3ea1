package io.credpath.rules.facts;

import java.util.Objects;

/**
 * The target's entry route as the second pass sees it: its kind ({@code route}, as {@link Target#route}, "" when
 * unknown), whether it is gated for this learner (a degree or licence programme no short credential stands in for), and
 * whether the gap shows needs that route teaches rather than courses ({@code teachesRest}).
 */
public record TargetRoute(String route, boolean gated, boolean teachesRest) {
  public TargetRoute {
    Objects.requireNonNull(route, "route");
  }
}
