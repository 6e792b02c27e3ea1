package io.credpath.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Basis;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillRequirement;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What a credential is credited with on one target's gap items, by the rules of evidence of {@link ItemCredit}. */
class ItemCreditTest {
  private static final Occupation SUPPORT = new Occupation("99-0007.00", "Cloud Support", List.of(), "", OptionalInt.of(3),
      List.of(new SkillRequirement("skill:aws", 3, 4, true, true, true, "onet-technology"),
          new SkillRequirement("skill:docker", 3, 4, true, true, true, "onet-technology"),
          new SkillRequirement("skill:anatomy", 3, 4, true, false, false, "derived-tasks")), List.of(), List.of());
  private static final ItemCredit CREDIT = new ItemCredit(SUPPORT);
  private static final PlanResult.GapItem AWS =
      new PlanResult.GapItem("skill:aws", "AWS", 3, 0, 4, true, true, PlanResult.TOOL, List.of("skill:aws"), 3);
  private static final PlanResult.GapItem ANATOMY = new PlanResult.GapItem("skill:anatomy", "Anatomy", 3, 0, 4, true);

  @Test
  void aToolIsCreditedByTitleOnlyWhenTheTitleNamesItFirst() {
    Credential about = Fixtures.credential("course:aws").title("AWS Essentials").taught("aws", 3, Basis.TITLE).build();
    // "Scaling Docker on AWS": the importer lists title skills in the title's order; its subject is Docker.
    Credential uses = Fixtures.credential("course:docker-on-aws").title("Scaling Docker on AWS")
        .taught("docker", 3, Basis.TITLE).taught("aws", 3, Basis.TITLE).taught("web-development", 2, Basis.TAG).build();
    assertThat(CREDIT.level(about, AWS)).isEqualTo(3);
    assertThat(CREDIT.level(uses, AWS)).isZero();
  }

  @Test
  void theRoutesCredentialPassesTheFirstStepsBelowItsLevelButNotThoseBesideIt() {
    Credential associate = Fixtures.credential("cert:associate").type(io.credpath.catalog.CredentialType.CERTIFICATION).level(2)
        .exam(150).skills("aws", 3).build();
    Credential fundamentals = Fixtures.credential("cert:fundamentals").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .level(1).exam(100).skills("aws", 1).build();
    Credential beside = Fixtures.credential("cert:beside").type(io.credpath.catalog.CredentialType.CERTIFICATION).level(2)
        .exam(300).skills("docker", 3).build();
    Occupation routed = new Occupation(SUPPORT.id(), SUPPORT.title(), List.of(), "", OptionalInt.of(3), SUPPORT.requirements(),
        List.of(), List.of(), List.of("cert:associate"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification",
            "An associate certification; a fundamentals exam first.", OptionalInt.of(3), List.of("cert:associate"),
            List.of("cert:fundamentals", "cert:beside"), "https://example.org/route")));
    io.credpath.catalog.Catalog catalog = Fixtures.smallCatalog();
    List<Credential> all = new java.util.ArrayList<>(catalog.credentials());
    all.addAll(List.of(associate, fundamentals, beside));
    ItemCredit credit = new ItemCredit(routed, new io.credpath.catalog.Catalog(catalog.skills(), List.of(routed), all, List.of(),
        java.util.Map.of()));
    PlanResult.GapItem below = new PlanResult.GapItem("first-step:99-0007.00", "A first step toward it (one of Fundamentals)", 1, 0,
        4, false, true, PlanResult.CREDENTIAL, List.of("cert:fundamentals"), 1);
    PlanResult.GapItem besideIt = new PlanResult.GapItem("first-step:99-0007.00", "A first step toward it (one of Beside)", 1, 0, 4,
        false, true, PlanResult.CREDENTIAL, List.of("cert:beside"), 1);
    assertThat(credit.level(associate, below)).isEqualTo(5);
    assertThat(credit.level(associate, besideIt)).isZero();
    // A card of a few hours below its level is other ground all the same (a crane certification and the OSHA 10 card).
    Credential card = Fixtures.credential("card:safety").level(1).hours(10).skills("docker", 1).build();
    all.add(card);
    ItemCredit carded = new ItemCredit(routed, new io.credpath.catalog.Catalog(catalog.skills(), List.of(routed), all, List.of(),
        java.util.Map.of()));
    PlanResult.GapItem cardStep = new PlanResult.GapItem("first-step:99-0007.00", "A first step toward it (one of Safety)", 1, 0,
        4, false, true, PlanResult.CREDENTIAL, List.of("card:safety"), 1);
    assertThat(carded.level(associate, cardStep)).isZero();
    // A step at the same level on the same ground (another vendor's exam of the same skills) is passed too.
    Credential peer = Fixtures.credential("cert:peer").type(io.credpath.catalog.CredentialType.CERTIFICATION).level(2)
        .exam(120).skills("aws", 2).build();
    all.add(peer);
    ItemCredit withPeer = new ItemCredit(routed, new io.credpath.catalog.Catalog(catalog.skills(), List.of(routed), all, List.of(),
        java.util.Map.of()));
    assertThat(withPeer.level(associate, new PlanResult.GapItem("first-step:99-0007.00", "A first step toward it (one of Peer)", 1,
        0, 4, false, true, PlanResult.CREDENTIAL, List.of("cert:peer"), 1))).isEqualTo(5);
    assertThat(credit.level(fundamentals, below)).isEqualTo(5);
    // Without the catalogue's levels nothing is passed but by its own members.
    assertThat(new ItemCredit(routed).level(associate, below)).isZero();
  }

  @Test
  void aFirstStepOfTheRouteCuratedForOtherJobsIsOfTheFieldUnlessTheFirstStepsAreBehindTheLearner() {
    // Held-out review #36: an OSHA 30 card curated for supervisors, named as a safety technician's first step, did not
    // teach them occupational safety, so the plan took OSHA 10 for the skill beside OSHA 30 for the route.
    Credential course = Fixtures.credential("course:aws-30").title("AWS Essentials").taught("aws", 3, Basis.TITLE)
        .preparesFor("11-1021.00").build();
    Occupation routed = new Occupation(SUPPORT.id(), SUPPORT.title(), List.of(), "", OptionalInt.of(3), SUPPORT.requirements(),
        List.of(), List.of(), List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job",
            "Trained on the job after a first course.", OptionalInt.of(3), List.of(), List.of("course:aws-30"),
            "https://example.org/route")));
    io.credpath.catalog.Catalog catalog = Fixtures.smallCatalog();
    List<Credential> all = new java.util.ArrayList<>(catalog.credentials());
    all.add(course);
    io.credpath.catalog.Catalog with = new io.credpath.catalog.Catalog(catalog.skills(), List.of(routed), all, List.of(), java.util.Map.of());
    assertThat(new ItemCredit(routed, with).level(course, AWS)).isEqualTo(3);
    // Curated for other jobs and not on the route, it stays theirs.
    assertThat(new ItemCredit(SUPPORT, with).level(course, AWS)).isZero();
    // Behind a learner whose years open the route's next step (a welder of six years toward the CWI), it is not.
    assertThat(new ItemCredit(routed, with, true).level(course, AWS)).isZero();
  }

  @Test
  void aToolNamedAfterAMethodOfTheFieldIsTheMeansItTeachesTheMethodWith() {
    Occupation analyst = new Occupation("99-0011.00", "Report Analyst", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, true, true, "onet-technology"),
            new SkillRequirement("skill:data-analysis", 3, 4, true, false, false, "derived-tasks")), List.of(), List.of());
    PlanResult.GapItem sql = new PlanResult.GapItem("skill:sql", "SQL", 3, 0, 4, true, true, PlanResult.TOOL, List.of("skill:sql"), 3);
    // Half the tags are another field's: not a credential of the field, so the title alone must earn the credit.
    Credential method = Fixtures.credential("course:data-analysis-using-sql").title("Data Analysis Using SQL")
        .taught("data-analysis", 3, Basis.TITLE).taught("sql", 3, Basis.TITLE).taught("data-modeling", 2, Basis.TAG)
        .taught("data-management", 2, Basis.TAG).build();
    assertThat(new ItemCredit(analyst).level(method, sql)).isEqualTo(3);
    // A title whose subject is another tool still does not teach the one it names second.
    assertThat(CREDIT.level(Fixtures.credential("course:docker-on-aws").title("Scaling Docker on AWS")
        .taught("docker", 3, Basis.TITLE).taught("aws", 3, Basis.TITLE).taught("web-development", 2, Basis.TAG).build(), AWS)).isZero();
  }

  @Test
  void halfCreditIsForReachingOneLevelBelowNotForRepeatingTheLevelTheLearnerHolds() {
    Credential basics = Fixtures.credential("course:anatomy-basics").title("Human Anatomy Basics").taught("anatomy", 2, Basis.TITLE)
        .build();
    PlanResult.GapItem heldAtTwo = new PlanResult.GapItem("skill:anatomy", "Anatomy", 3, 2, 4, true);
    assertThat(CREDIT.tier(basics, ANATOMY)).isEqualTo(ItemCredit.Tier.HALF);
    assertThat(CREDIT.tier(basics, heldAtTwo)).isEqualTo(ItemCredit.Tier.NONE);
    Credential full = Fixtures.credential("course:anatomy").title("Human Anatomy").taught("anatomy", 3, Basis.TITLE).build();
    assertThat(CREDIT.tier(full, heldAtTwo)).isEqualTo(ItemCredit.Tier.FULL);
  }

  @Test
  void aFieldSkillIsNotCreditedByATitleACatalogueFilesUnderAnotherSubject() {
    Credential medical = Fixtures.credential("course:anatomy").title("Human Anatomy").taught("anatomy", 3, Basis.TITLE).build();
    Credential drawing = Fixtures.credential("course:figure-drawing").title("Anatomy for Figure Drawing")
        .taught("anatomy", 3, Basis.TITLE).taught("graphic-design", 3, Basis.TAG).build();
    assertThat(CREDIT.level(medical, ANATOMY)).isEqualTo(3);
    assertThat(CREDIT.level(drawing, ANATOMY)).isZero();
  }

  @Test
  void aCredentialCuratedForOtherJobsIsNotOfThisField() {
    Credential elsewhere = Fixtures.credential("cert:pharmacy").taught("anatomy", 3, Basis.SYLLABUS).preparesFor("29-2052.00").build();
    Credential here = Fixtures.credential("cert:support").taught("anatomy", 3, Basis.SYLLABUS).preparesFor("99-0007.00").build();
    assertThat(CREDIT.ofField(elsewhere)).isFalse();
    assertThat(CREDIT.level(elsewhere, ANATOMY)).isZero();
    assertThat(CREDIT.ofField(here)).isTrue();
    assertThat(CREDIT.level(here, ANATOMY)).isEqualTo(3);
  }

  @Test
  void aCardCuratedForJobsInThreeFieldsBelongsToNoOneField() {
    // A first aid card curated for grounds, construction and repair work teaches anyone's first aid by its title; a
    // 40-hour course curated for the same jobs, or a card curated for two health jobs, stays theirs.
    Credential card = Fixtures.credential("card:first-aid").title("Anatomy and First Aid").taught("anatomy", 3, Basis.TITLE)
        .hours(5).preparesFor("37-3013.00", "47-2061.00", "49-9051.00").build();
    Credential course = Fixtures.credential("course:site-safety").title("Anatomy for Site Work").taught("anatomy", 3, Basis.TITLE)
        .hours(40).preparesFor("37-3013.00", "47-2061.00", "49-9051.00").build();
    Credential health = Fixtures.credential("card:health").title("Anatomy and First Aid").taught("anatomy", 3, Basis.TITLE)
        .preparesFor("29-2052.00", "31-9092.00").build();
    assertThat(CREDIT.level(card, ANATOMY)).isEqualTo(3);
    assertThat(CREDIT.level(course, ANATOMY)).isZero();
    assertThat(CREDIT.level(health, ANATOMY)).isZero();
  }
  @Test
  void aToolCertificationCertifiesTheToolForAnyJobWhateverJobsItWasCuratedFor() {
    // Autodesk's AutoCAD exam, curated for drafters, certifies AutoCAD for a mechanical engineer too; a course curated
    // for another field teaches that field's use of the tool and stays with it; a certification whose title names another
    // subject first does not become the tool's.
    Credential exam = Fixtures.credential("cert:aws-user").title("AWS Certified User").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .taught("aws", 3, Basis.TITLE).preparesFor("29-2052.00").build();
    Credential course = Fixtures.credential("course:aws-for-pharmacy").title("AWS for Pharmacy Systems").taught("aws", 3, Basis.TITLE)
        .preparesFor("29-2052.00").build();
    Credential other = Fixtures.credential("cert:docker-on-aws").title("Docker on AWS").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .taught("docker", 3, Basis.TITLE).taught("aws", 3, Basis.TITLE).preparesFor("29-2052.00").build();
    assertThat(CREDIT.ofField(exam)).isFalse();
    assertThat(CREDIT.level(exam, AWS)).isEqualTo(3);
    assertThat(CREDIT.level(course, AWS)).isZero();
    assertThat(CREDIT.level(other, AWS)).isZero();
  }
}
