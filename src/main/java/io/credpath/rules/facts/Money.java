package io.credpath.rules.facts;

/** Formats amounts for rule reasons ("USD 497", "USD 12.50") without String.format, which rules call often. */
public final class Money {
  private Money() {}

  /** The amount in the currency, whole units when it has no cents. */
  public static String of(String currency, double amount) {
    if (Double.isInfinite(amount)) return "no limit";
    long cents = Math.round(amount * 100);
    if (cents % 100 == 0) return currency + " " + cents / 100;
    long rest = Math.abs(cents % 100);
    return currency + " " + cents / 100 + "." + (rest < 10 ? "0" : "") + rest;
  }
}
