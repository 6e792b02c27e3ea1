package io.credpath.planner;

import io.credpath.rules.GapPolicyFile;
import java.nio.file.Path;

/** The gap policy the project ships ({@code rules/gap-policy.json}), for tests that plan as the service does. */
public final class ShippedGapPolicy {
  /** Read once from the real rules directory. */
  public static final NeedPolicy POLICY = GapPolicyFile.read(Path.of("rules"));

  private ShippedGapPolicy() {}
}
