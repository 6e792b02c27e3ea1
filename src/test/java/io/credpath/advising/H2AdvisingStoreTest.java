package io.credpath.advising;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The advising store contract on an in-memory H2 database. */
class H2AdvisingStoreTest extends AdvisingStoreContract {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  @Override
  Database freshDatabase() {
    return Database.connect("jdbc:h2:mem:advising" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", Optional.empty(), Optional.empty());
  }
}
