package io.credpath.app;

import io.credpath.api.Operations;
import io.credpath.rules.RuleStatus;
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
    application.reload();
    return rulesStatus();
  }

  @Override
  public RulesStatus rulesStatus() {
    RuleStatus s = application.rules().status();
    return new RulesStatus(s.files(), Optional.of(s.loadedAt()), s.lastReloadError());
  }
}
