package io.credpath.app;

import io.credpath.api.Operations;
import io.credpath.api.ReloadRejectedException;
import io.credpath.catalog.Problem;
import io.credpath.catalog.TaxonomyException;
import io.credpath.rules.RuleCompilationException;
import io.credpath.rules.RuleStatus;
import io.credpath.rules.RuleTrialException;
import java.util.List;
import java.util.Optional;

/** Readiness, reload and rule status for the API, answered by the running {@link Application}. */
final class OperationsService implements Operations {
  private final Application application;

  OperationsService(Application application) {
    this.application = application;
  }

  @Override
  public Readiness readiness() {
    return application.readiness();
  }

  @Override
  public RulesStatus reload() {
    try {
      application.reloadEverywhere();
    } catch (TaxonomyException e) {
      throw rejected(e.problems());
    } catch (RuleCompilationException e) {
      throw rejected(e.problems());
    } catch (RuleTrialException e) {
      throw rejected(e.problems());
    } catch (ConfigException e) {
      throw new ReloadRejectedException(List.of(e.getMessage()));
    }
    return rulesStatus();
  }

  private static ReloadRejectedException rejected(List<Problem> problems) {
    return new ReloadRejectedException(problems.stream().map(Problem::toString).toList());
  }

  @Override
  public RulesStatus rulesStatus() {
    RuleStatus s = application.rules().status();
    return new RulesStatus(s.files(), Optional.of(s.loadedAt()), s.lastReloadError(), application.generation().basis());
  }
}
