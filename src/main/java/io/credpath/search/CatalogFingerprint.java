package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over every catalogue value the index holds, the stop words its terms were analysed without, and the
 * schema version, so an on-disk index is reused exactly when re-indexing would produce the same documents (hashing
 * ~12,500 records takes a few milliseconds). Abbreviations and filler words are applied at query time and need no
 * re-index.
 */
final class CatalogFingerprint {
  /** Bump when documents or analysis change, so old on-disk indexes are rebuilt. */
  static final String SCHEMA = "credpath-search-7";

  private final MessageDigest digest;

  private CatalogFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint of {@code catalog} as lower-case hex. */
  static String of(Catalog catalog) {
    CatalogFingerprint f = new CatalogFingerprint();
    f.put(SCHEMA);
    for (String w : new java.util.TreeSet<>(catalog.searchWords().stopWords())) f.put("W").put(w);
    for (Skill s : catalog.skills()) {
      f.put("S").put(s.id()).put(s.name()).put(s.aliases().toString());
    }
    for (Occupation o : catalog.occupations()) {
      f.put("O").put(o.id()).put(o.title()).put(o.alternateTitles().toString());
      for (SkillRequirement r : o.requirements()) f.put(r.skill()); // which skills are referenced
    }
    for (Credential c : catalog.credentials()) {
      f.put("C").put(c.id()).put(c.title()).put(c.type().wireName()).put(c.provider()).put(c.description())
          .put(Double.toString(c.cost().total())).put(Double.toString(c.hours())).put(c.delivery().wireName())
          .put(c.language()).put(Integer.toString(c.level())).put(c.rating().toString())
          .put(Boolean.toString(c.retired())).put(c.unmappedSkills().toString());
      for (io.credpath.catalog.TaughtSkill sl : c.skills()) f.put(sl.skill());
    }
    return HexFormat.of().formatHex(f.digest.digest());
  }

  private CatalogFingerprint put(String s) {
    digest.update(s.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    return this;
  }
}
