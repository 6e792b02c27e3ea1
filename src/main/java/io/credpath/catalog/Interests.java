package io.credpath.catalog;

/**
 * An occupation's RIASEC interest profile from O*NET (scale OI, 1..7 each): how much the work suits realistic,
 * investigative, artistic, social, enterprising and conventional interests.
 */
public record Interests(double realistic, double investigative, double artistic, double social, double enterprising,
    double conventional) {
  /** The letters taxonomy/occupations.jsonl names the six scores with, in RIASEC order. */
  public static final String LETTERS = "RIASEC";

  public Interests {
    for (double v : new double[] {realistic, investigative, artistic, social, enterprising, conventional}) {
      if (!(v >= 1 && v <= 7)) throw new IllegalArgumentException("interest scores must be 1..7: " + v);
    }
  }

  /** The six scores in RIASEC order. */
  public double[] scores() {
    return new double[] {realistic, investigative, artistic, social, enterprising, conventional};
  }
}
