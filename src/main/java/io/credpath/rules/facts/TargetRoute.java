package io.credpath.rules.facts;

import java.util.Objects;

/**
 * The target's entry route as the second pass sees it: its kind ({@code route}, as {@link Target#route}, "" when
 * unknown), whether it is gated for this learner (a degree or licence programme no short credential stands in for), and
 * whether the gap shows needs that route teaches rather than courses ({@code teachesRest}), and whether the learner's
 * years in their job put its first steps behind them or open the field's next credential ({@code inField}: a bartender
 * of five years toward food service manager, a cook of six toward chef, works in the field already).
 */
public record TargetRoute(String route, boolean gated, boolean teachesRest, boolean inField) {
  public TargetRoute {
    Objects.requireNonNull(route, "route");
  }
}
