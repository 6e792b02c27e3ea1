package io.credpath.app;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests one {@link Browser} and one {@link WebService} for the whole test run (starting the service and
 * Chromium is most of the suite's time), closed when the run ends.
 */
final class BrowserSuite implements ParameterResolver {
  private static final ExtensionContext.Namespace SUITE = ExtensionContext.Namespace.create(BrowserSuite.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Browser.class || type == WebService.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    ExtensionContext.Store store = context.getRoot().getStore(SUITE);
    return type == Browser.class ? store.getOrComputeIfAbsent(Browser.class, k -> new Browser(), Browser.class)
        : store.getOrComputeIfAbsent(WebService.class, k -> new WebService(), WebService.class);
  }
}
