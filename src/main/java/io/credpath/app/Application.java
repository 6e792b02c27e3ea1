package io.credpath.app;

import io.credpath.advising.AdvisingStore;
import io.credpath.advising.Cohorts;
import io.credpath.advising.Database;
import io.credpath.advising.FirstAdminKey;
import io.credpath.advising.JdbcKeyStore;
import io.credpath.advising.JobSettings;
import io.credpath.advising.KeyStore;
import io.credpath.advising.PlanBook;
import io.credpath.api.ApiConfig;
import io.credpath.api.ApiServer;
import io.credpath.api.ApiServices;
import io.credpath.api.Operations;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.LoadedTaxonomy;
import io.credpath.planner.PlanBasis;
import io.credpath.planner.PlanningThreads;
import io.credpath.rules.RuleBase;
import io.credpath.rules.RuleTrial;
import io.credpath.search.CatalogIndex;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one composition root: builds every part with {@code new}, in dependency order (taxonomy, rules, search
 * index, planners, store, HTTP server), and closes them in reverse. Both {@code serve} and the CLI's planner
 * start from here, so they plan with exactly the same parts.
 */
final class Application implements AutoCloseable {
  private final AppConfig config;
  private final Clock clock;
  private final PrintStream log;
  private final RuleBase rules;
  private final Optional<CatalogIndex> index;
  private final AtomicReference<CatalogGeneration> generation = new AtomicReference<>();
  /** The threads transitions and ladders plan a request's moves on, shared by every catalogue generation. */
  private final PlanningThreads planningThreads = PlanningThreads.forThisMachine();
  private Database database;
  private KeyStore keys;
  private Cohorts cohorts;
  private ReloadFollower follower;
  private ApiServer server;
  private int port;

  private Application(AppConfig config, Clock clock, PrintStream log, boolean search) {
    this.config = config;
    this.clock = clock;
    this.log = log;
    io.credpath.catalog.TaxonomyLoader loader = CatalogGeneration.loader(config.taxonomyDir());
    LoadedTaxonomy loaded = loader.loadTimed();
    String fingerprint = loader.fingerprint();
    log.printf("credpath: taxonomy %s loaded in %d ms (%d occupations, %d credentials)%n", config.taxonomyDir(),
        loaded.loadMillis(), loaded.catalog().occupations().size(), loaded.catalog().credentials().size());
    this.rules = new RuleBase(config.rulesDir(), clock);
    log.printf("credpath: rules %s loaded (%d rules)%n", config.rulesDir(), rules.status().ruleCount());
    Optional<CatalogIndex> opened = Optional.empty();
    if (search) {
      long t = System.nanoTime();
      Optional<java.nio.file.Path> indexDir = config.onDiskIndex() ? Optional.of(config.dataDir().resolve("index")) : Optional.empty();
      try {
        opened = Optional.of(CatalogIndex.open(loaded.catalog(), indexDir));
      } catch (RuntimeException e) {
        rules.close();
        throw e;
      }
      log.printf("credpath: search index %s in %d ms%n", opened.get().reused() ? "reopened" : "built",
          (System.nanoTime() - t) / 1_000_000);
    }
    this.index = opened;
    generation.set(new CatalogGeneration(loaded.catalog(), index, rules, clock, new PlanBasis(fingerprint, rules.status().version()),
        planningThreads));
  }

  /**
   * Loads taxonomy and rules, and the search index when {@code search} is set, without the store or the HTTP
   * server (the CLI's planner and benches).
   */
  static Application load(AppConfig config, PrintStream log, boolean search) {
    return new Application(config, Clock.systemUTC(), log, search);
  }

  /**
   * Loads everything, tries the rules on the sample requests, opens the store, ensures an admin key exists and starts
   * the HTTP server.
   */
  static Application serve(AppConfig config, PrintStream log) {
    Application app = load(config, log, true);
    try {
      long t = System.nanoTime();
      RuleTrial trial = app.trial(app.generation().catalog());
      trial.accept(app.rules);
      log.printf("credpath: rules tried on %s in %d ms: %s%n", config.rulesDir().resolve(CareerChange.FILE),
          (System.nanoTime() - t) / 1_000_000, trial.summary());
      // Built at start rather than by the first transitions or ladders request, which paid 0.15-0.6 s for it.
      t = System.nanoTime();
      app.generation().similarity();
      log.printf("credpath: occupation similarity built in %d ms%n", (System.nanoTime() - t) / 1_000_000);
      app.startServer();
      return app;
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  private void startServer() {
    database = config.dbUrl().isPresent()
        ? Database.connect(config.dbUrl().get(), config.dbUser(), config.dbPassword())
        : Database.embedded(config.dataDir());
    keys = new JdbcKeyStore(database, clock, new SecureRandom());
    new FirstAdminKey(keys, config.adminKey()).ensure(log::println);
    ApiConfig apiConfig = new ApiConfig(config.anonymousRead(), config.anonymousPlanning(), config.maxBodyBytes(),
        config.keyRatePerMinute(), config.addressRatePerMinute(), Duration.ofSeconds(10), config.serverLimits());
    PlanningService planning = new PlanningService(generation::get, clock);
    AdvisingStore advising = new AdvisingStore(database, clock, new SecureRandom());
    PlanBook book = new PlanBook(advising, planning, ApiServer.planJson(clock), clock);
    cohorts = new Cohorts(database, book, keys, clock, new SecureRandom(), JobSettings.of(config.jobHeartbeat()));
    cohorts.start();
    follower = new ReloadFollower(new io.credpath.advising.ReloadSignal(database, clock), this::reload,
        () -> generation().basis(), JobSettings.of(config.jobHeartbeat()).schedulerName(), config.reloadPoll(), log);
    ApiServices services = new ApiServices(new CatalogService(generation::get), planning, new OperationsService(this), advising, cohorts);
    server = new ApiServer(apiConfig, services, keys, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    port = config.host().isPresent() ? server.start(config.host().get(), config.port()) : server.start(config.port());
    log.printf("credpath: listening on http://localhost:%d (API docs at /docs)%n", port);
  }

  /** The port the HTTP server listens on (meaningful after {@link #serve}). */
  int port() {
    return port;
  }

  /** The catalogue generation currently served. */
  CatalogGeneration generation() {
    return generation.get();
  }

  RuleBase rules() {
    return rules;
  }

  /**
   * Reloads taxonomy and rules from disk; the new rules go live only once they plan the sample requests on the new
   * taxonomy without failing. If anything fails, the previous taxonomy and rules keep serving and the error is thrown.
   */
  synchronized void reload() {
    io.credpath.catalog.TaxonomyLoader loader = CatalogGeneration.loader(config.taxonomyDir());
    Catalog catalog = loader.load();
    String fingerprint = loader.fingerprint();
    RuleTrial trial = trial(catalog);
    rules.reload(trial);
    log.printf("credpath: reloaded rules tried on the samples: %s%n", trial.summary());
    index.ifPresent(i -> i.reload(catalog));
    CatalogGeneration next = new CatalogGeneration(catalog, index, rules, clock, new PlanBasis(fingerprint, rules.status().version()),
        planningThreads);
    // (built before it serves, as at start: the first transitions request after a reload does not pay for it)
    next.similarity();
    generation.set(next);
  }

  /**
   * Reloads as {@link #reload} does and, when serving, announces it to the replicas sharing the database, which follow
   * within {@code --reload-poll-seconds}.
   */
  void reloadEverywhere() {
    if (follower != null) follower.reloadAndAnnounce();
    else reload();
  }

  /** A trial of rules on the sample requests of the rules directory, planned on {@code catalog}. */
  private RuleTrial trial(Catalog catalog) {
    return new RuleTrial(catalog, CareerChange.samples(CareerChange.read(config.rulesDir()), LocalDate.now(clock)), clock);
  }

  Operations.Readiness readiness() {
    return new Operations.Readiness(generation.get() != null, rules.status().ruleCount() > 0, index.isPresent());
  }

  @Override
  public void close() {
    if (follower != null) follower.close();
    if (server != null) server.close();
    if (cohorts != null) cohorts.close();
    if (keys != null) keys.close();
    else if (database != null) database.close();
    index.ifPresent(CatalogIndex::close);
    rules.close();
    planningThreads.close();
  }
}
