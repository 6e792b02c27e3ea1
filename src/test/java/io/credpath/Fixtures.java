package io.credpath;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Cost;
import io.credpath.catalog.CostItem;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Quality;
import io.credpath.catalog.Renewal;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.SearchWords;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
import io.credpath.catalog.Stack;
import io.credpath.catalog.TaxonomyLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Shared test fixtures: a small hand-built catalogue with every kind of prerequisite and a stack. */
public final class Fixtures {
  /** The shipped search word lists ({@code taxonomy/search-*.jsonl}), so hand-built catalogues are searched as the real one. */
  public static final SearchWords SEARCH_WORDS =
      new TaxonomyLoader(Path.of("taxonomy"), io.credpath.graph.PrerequisiteCycles.FINDER).loadSearchWords();

  private Fixtures() {}

  public static Skill skill(String slug, String name, String... aliases) {
    return new Skill("skill:" + slug, name, List.of(aliases), "technology", Optional.empty(), List.of());
  }

  /** A credential builder with sensible defaults; tests override what they care about. */
  public static CredentialBuilder credential(String id) {
    return new CredentialBuilder(id);
  }

  /**
   * Skills: sql, python, excel, tableau, statistics, data-analysis, linux, networking, security.
   * Occupation 15-2051.01 (data analyst) needs sql 3, tableau 3, python 2, statistics 3, excel 2.
   * Occupation 15-1212.00 (security analyst) needs networking 3, security 3, linux 2.
   * Prerequisites: cert:net-plus recommends cert:a-plus; cert:sec-plus requires cert:net-plus OR 2 years;
   * cert:cysa requires sec-plus AND 3 years; cert:expert requires 2 of (cysa, pentest, sec-plus).
   * Stack stack:secure-infra = all of a-plus, net-plus, sec-plus.
   */
  public static Catalog smallCatalog() {
    List<Skill> skills = List.of(
        skill("sql", "SQL", "structured query language"),
        skill("python", "Python"),
        skill("excel", "Microsoft Excel", "Excel"),
        skill("tableau", "Tableau"),
        skill("statistics", "Statistics"),
        skill("data-analysis", "Data Analysis"),
        skill("linux", "Linux"),
        skill("networking", "Computer Networking", "networks"),
        skill("security", "Cybersecurity", "information security"));
    List<Occupation> occupations = List.of(
        new Occupation("15-2051.01", "Business Intelligence Analysts", List.of("Data Analyst", "BI Analyst"),
            "Produce financial and market intelligence by querying data repositories.", OptionalInt.of(4),
            List.of(req("sql", 3, 4.5, true), req("tableau", 3, 4.0, true), req("python", 2, 3.2, false),
                req("statistics", 3, 3.8, true), req("excel", 2, 3.0, false)),
            List.of(), List.of("15-1212.00")),
        new Occupation("15-1212.00", "Information Security Analysts", List.of("Cybersecurity Analyst"),
            "Plan and carry out security measures to protect an organization's networks and systems.", OptionalInt.of(4),
            List.of(req("networking", 3, 4.2, true), req("security", 3, 4.8, true), req("linux", 2, 3.5, false)),
            List.of(), List.of("15-2051.01")));
    List<Credential> credentials = List.of(
        credential("course:sql-basics").title("SQL Basics").provider("Coursera").cost(49).hours(20).weeks(2, 4)
            .skills("sql", 2).build(),
        credential("course:sql-advanced").title("Advanced SQL for Analysts").provider("Coursera").cost(98).hours(40).weeks(4, 8)
            .skills("sql", 3, "data-analysis", 3).requires(new Requirement.HasSkill("skill:sql", 2)).build(),
        credential("course:tableau").title("Data Visualization with Tableau").provider("Coursera").cost(98).hours(35).weeks(3, 6)
            .skills("tableau", 3).build(),
        credential("course:python-data").title("Python for Data Analysis").provider("Udemy").cost(20).hours(25).weeks(2, 6)
            .skills("python", 2, "data-analysis", 2).build(),
        credential("course:stats").title("Statistics for Data Science").provider("Coursera").cost(147).hours(45).weeks(4, 10)
            .skills("statistics", 3).build(),
        credential("course:excel").title("Excel Skills for Business").provider("Udemy").cost(15).hours(10).weeks(1, 3)
            .skills("excel", 3).build(),
        credential("prog:data-analytics").title("Data Analytics Professional Certificate").type(CredentialType.PROFESSIONAL_CERTIFICATE)
            .provider("Google").cost(245).hours(180).weeks(12, 26)
            .skills("sql", 3, "tableau", 3, "excel", 2, "data-analysis", 3, "statistics", 2).build(),
        credential("cert:a-plus").title("A+").type(CredentialType.CERTIFICATION).provider("CompTIA").exam(497).hours(120).weeks(6, 16)
            .skills("networking", 1, "linux", 1).renewal(3, 150).accredited().build(),
        credential("cert:net-plus").title("Network+").type(CredentialType.CERTIFICATION).provider("CompTIA").exam(369).hours(100).weeks(6, 16)
            .skills("networking", 3).recommends(new Requirement.HasCredential("cert:a-plus")).renewal(3, 150).accredited().build(),
        credential("cert:sec-plus").title("Security+").type(CredentialType.CERTIFICATION).provider("CompTIA").exam(404).hours(110).weeks(6, 16)
            .skills("security", 3, "networking", 2)
            .requires(new Requirement.AnyOf(List.of(new Requirement.HasCredential("cert:net-plus"), new Requirement.HasExperience(2))))
            .renewal(3, 150).accredited().build(),
        credential("cert:cysa").title("CySA+").type(CredentialType.CERTIFICATION).provider("CompTIA").exam(404).hours(120).weeks(8, 20)
            .skills("security", 4, "linux", 2)
            .requires(new Requirement.AllOf(List.of(new Requirement.HasCredential("cert:sec-plus"), new Requirement.HasExperience(3))))
            .accredited().build(),
        credential("cert:pentest").title("PenTest+").type(CredentialType.CERTIFICATION).provider("CompTIA").exam(404).hours(120).weeks(8, 20)
            .skills("security", 4).requires(new Requirement.HasCredential("cert:sec-plus")).accredited().build(),
        credential("cert:expert").title("Security Expert").type(CredentialType.CERTIFICATION).provider("CompTIA").exam(509).hours(150).weeks(8, 24)
            .skills("security", 5)
            .requires(new Requirement.AtLeast(2, List.of(new Requirement.HasCredential("cert:cysa"),
                new Requirement.HasCredential("cert:pentest"), new Requirement.HasCredential("cert:sec-plus"))))
            .build(),
        credential("course:linux").title("Linux Fundamentals").provider("Udemy").cost(12).hours(15).weeks(1, 4)
            .skills("linux", 2).build(),
        credential("course:retired-security").title("Old Security Course").provider("Udemy").cost(5).hours(5).weeks(1, 2)
            .skills("security", 3).retired().build());
    List<Stack> stacks = List.of(new Stack("stack:secure-infra", "Secure Infrastructure Specialist", "certification", "CompTIA",
        "https://www.comptia.org/certifications/which-certification/stackable-certifications",
        new Requirement.AllOf(List.of(new Requirement.HasCredential("cert:a-plus"), new Requirement.HasCredential("cert:net-plus"),
            new Requirement.HasCredential("cert:sec-plus"))),
        0, "USD", OptionalDouble.empty(), Optional.empty(), Optional.empty(), "test fixture"));
    return new Catalog(skills, occupations, credentials, stacks, Map.of(), SEARCH_WORDS);
  }

  private static SkillRequirement req(String slug, int level, double importance, boolean essential) {
    return new SkillRequirement("skill:" + slug, level, importance, essential, false, false, "fixture");
  }

  /** Builds {@link Credential}s for tests. */
  public static final class CredentialBuilder {
    private String jurisdiction = "";
    private List<String> stateVersions = List.of();
    private List<String> experienceIn = List.of();
    private String description = "";
    private final String id;
    private String title;
    private CredentialType type = CredentialType.COURSE;
    private String provider = "Coursera";
    private List<CostItem> costItems = List.of();
    private double hours = 10;
    private int minWeeks = 1;
    private int maxWeeks = 4;
    private Delivery delivery = Delivery.ONLINE;
    private String language = "en";
    private int level = 2;
    private List<io.credpath.catalog.TaughtSkill> skills = List.of();
    private List<String> preparesFor = List.of();
    private List<io.credpath.catalog.Condition> conditions = List.of();
    private boolean costKnown = true;
    private Requirement requires;
    private Requirement recommends;
    private Renewal renewal;
    private Quality quality = Quality.none();
    private boolean retired;
    private List<java.time.LocalDate> sessions = List.of();

    CredentialBuilder(String id) {
      this.id = id;
      this.title = id;
    }

    public CredentialBuilder title(String t) { this.title = t; return this; }
    public CredentialBuilder type(CredentialType t) { this.type = t; return this; }
    public CredentialBuilder provider(String p) { this.provider = p; return this; }
    public CredentialBuilder cost(double tuition) { this.costItems = List.of(new CostItem("tuition", tuition)); return this; }
    public CredentialBuilder exam(double fee) { this.costItems = List.of(new CostItem("exam", fee)); return this; }
    public CredentialBuilder hours(double h) { this.hours = h; return this; }
    public CredentialBuilder weeks(int min, int max) { this.minWeeks = min; this.maxWeeks = max; return this; }
    public CredentialBuilder delivery(Delivery d) { this.delivery = d; return this; }
    public CredentialBuilder language(String l) { this.language = l; return this; }
    public CredentialBuilder level(int l) { this.level = l; return this; }
    public CredentialBuilder requires(Requirement r) { this.requires = r; return this; }
    public CredentialBuilder recommends(Requirement r) { this.recommends = r; return this; }
    public CredentialBuilder renewal(int years, double cost) { this.renewal = new Renewal(years, cost, 0); return this; }
    public CredentialBuilder accredited() { this.quality = new Quality(List.of("ANSI/ISO/IEC 17024"), List.of(), List.of()); return this; }
    public CredentialBuilder retired() { this.retired = true; return this; }
    /** Cohort start dates. */
    public CredentialBuilder sessions(java.time.LocalDate... dates) { this.sessions = List.of(dates); return this; }
    public CredentialBuilder preparesFor(String... occupations) { this.preparesFor = List.of(occupations); return this; }
    public CredentialBuilder condition(String kind, String text) {
      this.conditions = List.of(new io.credpath.catalog.Condition(kind, text));
      return this;
    }
    public CredentialBuilder jurisdiction(String j) { this.jurisdiction = j; return this; }
    public CredentialBuilder stateVersions(String... ids) { this.stateVersions = List.of(ids); return this; }
    public CredentialBuilder experienceIn(String... occupations) { this.experienceIn = List.of(occupations); return this; }
    public CredentialBuilder description(String d) { this.description = d; return this; }
    public CredentialBuilder condition(io.credpath.catalog.Condition c) { this.conditions = List.of(c); return this; }
    public CredentialBuilder conditions(io.credpath.catalog.Condition... c) { this.conditions = List.of(c); return this; }
    public CredentialBuilder costUnknown() { this.costKnown = false; this.costItems = List.of(); return this; }

    /** Skills with a basis: {@code taught("sql", 3, Basis.TAG)}; replaces earlier skills. */
    public CredentialBuilder taught(String slug, int level, io.credpath.catalog.Basis basis) {
      List<io.credpath.catalog.TaughtSkill> list = new java.util.ArrayList<>(skills);
      list.add(new io.credpath.catalog.TaughtSkill("skill:" + slug, level, basis));
      this.skills = list;
      return this;
    }

    /** Skills as alternating slug, level pairs: {@code skills("sql", 3, "python", 2)}. */
    public CredentialBuilder skills(Object... slugLevels) {
      List<io.credpath.catalog.TaughtSkill> list = new java.util.ArrayList<>();
      for (int i = 0; i < slugLevels.length; i += 2) {
        list.add(io.credpath.catalog.TaughtSkill.of("skill:" + slugLevels[i], (Integer) slugLevels[i + 1]));
      }
      this.skills = list;
      return this;
    }

    public Credential build() {
      return new Credential(id, title, type, provider, "https://example.org/" + id, description,
          costKnown ? new Cost("USD", costItems) : Cost.unknown("USD"), hours,
          minWeeks, maxWeeks, delivery, language, level, OptionalDouble.empty(), skills, List.of(),
          Optional.ofNullable(requires), Optional.ofNullable(recommends), Optional.ofNullable(renewal), quality, sessions,
          retired, Set.of(), "test fixture", preparesFor, conditions, "", jurisdiction, stateVersions, experienceIn);
    }
  }
}
