package io.credpath.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test on the shared service: the run's one {@link Browser} and {@link WebService}, set before its own set-up. */
@ExtendWith(BrowserSuite.class)
abstract class BrowserJourney {
  static Browser browser;
  static WebService service;

  @BeforeAll
  static void attach(Browser b, WebService s) {
    browser = b;
    service = s;
  }
}
