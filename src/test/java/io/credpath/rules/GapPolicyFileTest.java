package io.credpath.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.catalog.Problem;
import io.credpath.planner.NeedPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapPolicyFileTest {
  @TempDir Path dir;

  @Test
  void theShippedPolicyIsReadWithAReasonForEveryValue() {
    NeedPolicy p = GapPolicyFile.read(Path.of("rules"));
    assertThat(p.minImportance()).isEqualTo(3.0);
    assertThat(p.maxItems()).isEqualTo(12);
    assertThat(p.maxToolGroups()).isEqualTo(2);
    assertThat(p.maxUnbackedToolGroups()).isZero();
  }

  @Test
  void eachBadFieldIsNamedWithTheFile() throws IOException {
    String shipped = Files.readString(Path.of("rules", GapPolicyFile.NAME));
    Files.writeString(dir.resolve(GapPolicyFile.NAME), shipped
        .replace("\"value\": 12,", "\"value\": 12.5,")
        .replace("\"value\": true,\n    \"reason\": \"What O*NET", "\"value\": \"yes\",\n    \"reason\": \"What O*NET")
        .replace("\"maxGeneralItems\"", "\"maxGeneralItemz\""));
    assertThatThrownBy(() -> GapPolicyFile.read(dir)).isInstanceOf(RuleCompilationException.class)
        .satisfies(e -> assertThat(((RuleCompilationException) e).problems()).extracting(Problem::field)
            .containsExactlyInAnyOrder("maxItems", "essentialAlways", "maxGeneralItems", "maxGeneralItemz"));
  }

  @Test
  void aValueOutOfRangeOrWithoutAReasonIsAProblemAndTheRulesDoNotLoad() throws IOException {
    String shipped = Files.readString(Path.of("rules", GapPolicyFile.NAME));
    Files.writeString(dir.resolve(GapPolicyFile.NAME), shipped.replace("\"value\": 12,", "\"value\": 40,"));
    assertThatThrownBy(() -> GapPolicyFile.read(dir)).isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining(GapPolicyFile.NAME + " (field maxItems): maxItems must be 1..32: 40");
    Files.writeString(dir.resolve("ok.drl"), "package credpath\n");
    Files.writeString(dir.resolve(GapPolicyFile.NAME), "{\"minImportance\": {\"value\": 3.0}}");
    assertThat(RuleBase.validate(dir)).extracting(Problem::toString)
        .anySatisfy(s -> assertThat(s).contains("(field minImportance): needs a reason"))
        .anySatisfy(s -> assertThat(s).contains("(field maxItems): missing"));
    Files.writeString(dir.resolve(GapPolicyFile.NAME), "{\"minImportance\": ");
    assertThat(RuleBase.validate(dir)).extracting(Problem::message).anySatisfy(m -> assertThat(m).startsWith("not valid JSON"));
  }
}
