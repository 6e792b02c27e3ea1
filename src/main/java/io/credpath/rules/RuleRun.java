package io.credpath.rules;

import io.credpath.planner.RuleFailedException;
import io.credpath.rules.facts.Derived;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieServices;
import org.kie.api.command.KieCommands;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One stateless session over a cached KieBase: insert the facts, fire every rule, collect what the rules derived. A
 * rule that throws becomes a {@link RuleFailedException} naming it and where it is declared.
 */
final class RuleRun {
  private static final String OUT = "derived";
  /** How Drools names the rule whose condition threw, e.g. {@code [Rule "Name" in credpath/x.drl]}. */
  private static final Pattern NAMED_RULE = Pattern.compile("Rule \"([^\"]+)\" in ([\\w/.-]+)?");
  private final DrlCompilation.Compiled compiled;
  private final Collection<?> facts;

  RuleRun(DrlCompilation.Compiled compiled, Collection<?> facts) {
    this.compiled = compiled;
    this.facts = facts;
  }

  /** The facts the rules derived, in no particular order. */
  List<Derived> derive() {
    KieCommands commands = KieServices.get().getCommands();
    StatelessKieSession session = compiled.sessions().newStatelessKieSession();
    ExecutionResults results;
    try {
      results = session.execute(commands.newBatchExecution(List.of(
          commands.newInsertElements(facts),
          commands.newFireAllRules(),
          commands.newGetObjects(o -> o instanceof Derived, OUT))));
    } catch (RuntimeException e) {
      throw failure(e);
    }
    List<Derived> derived = new ArrayList<>();
    for (Object o : (Collection<?>) results.getValue(OUT)) derived.add((Derived) o);
    return derived;
  }

  private RuleFailedException failure(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException c && c.getMatch() != null) {
        Rule rule = c.getMatch().getRule();
        return new RuleFailedException(rule.getName(), compiled.locationOf(rule.getPackageName(), rule.getName()),
            describe(c.getCause() == null ? c : c.getCause()), e);
      }
    }
    // A condition that throws: Drools names the rule only in the message.
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = NAMED_RULE.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        String location = compiled.locations().entrySet().stream().filter(l -> l.getKey().endsWith("/" + m.group(1)))
            .map(java.util.Map.Entry::getValue).findFirst().orElse("");
        return new RuleFailedException(m.group(1), location, describe(root(e)), e);
      }
    }
    return new RuleFailedException("(unknown)", "", describe(root(e)), e);
  }

  private static Throwable root(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  /** The exception's simple class name and first message line, at most 200 characters. */
  private static String describe(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
    String text = t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
