package io.credpath.search;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The shared fixture catalogue plus a few records that exercise synonyms, abbreviations and typos. */
final class TestCatalogs {
  private TestCatalogs() {}

  static Catalog withSynonyms() {
    Catalog base = Fixtures.smallCatalog();
    List<Skill> skills = new ArrayList<>(base.skills());
    skills.add(Fixtures.skill("kubernetes", "Kubernetes", "k8s"));
    skills.add(Fixtures.skill("js", "JavaScript", "ECMAScript"));
    skills.add(Fixtures.skill("ml", "Machine Learning"));
    List<Occupation> occupations = new ArrayList<>(base.occupations());
    occupations.add(occupation("29-1141.00", "Registered Nurses", "Staff Nurse", "Nurse Clinician"));
    occupations.add(occupation("15-2041.00", "Statisticians", "Data Scientist"));
    occupations.add(occupation("15-1252.00", "Software Developers", "Application Developer"));
    List<Credential> credentials = new ArrayList<>(base.credentials());
    credentials.add(Fixtures.credential("cert:cka").title("Certified Kubernetes Administrator")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).provider("Linux Foundation").exam(395).hours(60)
        .skills("kubernetes", 3, "linux", 2).build());
    credentials.add(Fixtures.credential("course:nclex").title("NCLEX-RN Review for Registered Nurse Licensure")
        .provider("Kaplan").cost(499).hours(40).build());
    return new Catalog(skills, occupations, credentials, base.stacks(), Map.of(), base.searchWords());
  }

  static Occupation occupation(String id, String title, String... alternates) {
    return new Occupation(id, title, List.of(alternates), "", OptionalInt.empty(), List.of(), List.of(), List.of());
  }
}
