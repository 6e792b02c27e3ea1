package io.credpath.catalog.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The hand-written tables bundled with the importer ('|'-separated, '#' comments). */
final class ImportTables {

  private ImportTables() {
  }

  /** Adds the canonical skill table to a vocabulary (it must come first); returns its ids. */
  static Set<String> addCanonicalSkills(SkillVocabulary vocabulary) {
    Set<String> ids = new HashSet<>();
    for (String[] line : read("canonical-skills.txt")) {
      String id = vocabulary.add(line[0], line[1], null, null);
      ids.add(id);
      if (line.length > 2) {
        for (String alias : line[2].split(";")) {
          vocabulary.alias(id, alias);
        }
      }
    }
    return ids;
  }

  /** Normalised names and aliases of the canonical table: the only one-word keys a title may match. */
  static Set<String> canonicalKeys() {
    Set<String> keys = new HashSet<>();
    for (String[] line : read("canonical-skills.txt")) {
      keys.add(SkillMapper.flatKey(line[0]));
      if (line.length > 2) {
        for (String alias : line[2].split(";")) {
          keys.add(SkillMapper.flatKey(alias));
        }
      }
    }
    return keys;
  }

  /** Lines of a bundled table split on '|'. */
  static List<String[]> read(String name) {
    List<String[]> out = new ArrayList<>();
    try (var in = ImportTables.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\\|", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
