package io.credpath.advising;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The advising store contract on a real PostgreSQL server (embedded), one fresh database per test. */
class PostgresAdvisingStoreTest extends AdvisingStoreContract {
  private static PostgresDatabases postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = new PostgresDatabases();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  Database freshDatabase() {
    return postgres.fresh("advising");
  }
}
