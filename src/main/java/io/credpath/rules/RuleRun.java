package io.credpath.rules;

import io.credpath.rules.facts.Derived;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;

/** One stateless session over a cached KieBase: insert the facts, fire every rule, collect what the rules derived. */
final class RuleRun {
  private static final String OUT = "derived";
  private final KieBase base;
  private final Collection<?> facts;

  RuleRun(KieBase base, Collection<?> facts) {
    this.base = base;
    this.facts = facts;
  }

  /** The facts the rules derived, in no particular order. */
  List<Derived> derive() {
    KieCommands commands = KieServices.get().getCommands();
    StatelessKieSession session = base.newStatelessKieSession();
    ExecutionResults results = session.execute(commands.newBatchExecution(List.of(
        commands.newInsertElements(facts),
        commands.newFireAllRules(),
        commands.newGetObjects(o -> o instanceof Derived, OUT))));
    List<Derived> derived = new ArrayList<>();
    for (Object o : (Collection<?>) results.getValue(OUT)) derived.add((Derived) o);
    return derived;
  }
}
