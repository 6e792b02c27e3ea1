package io.credpath.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped curated tables a test needs, copied into a scratch folder it may break on purpose. */
final class CuratedCopy {
  private final Path dir;

  private CuratedCopy(Path dir) {
    this.dir = dir;
  }

  /** Copies {@code files} from {@code taxonomy/curated} into {@code dir}. */
  static CuratedCopy of(Path dir, String... files) throws IOException {
    for (String f : files) Files.copy(Path.of("taxonomy/curated", f), dir.resolve(f));
    return new CuratedCopy(dir);
  }

  /** Replaces {@code from} by {@code to} in the copy of {@code file}; returns the text before the edit. */
  String edit(String file, String from, String to) throws IOException {
    String text = Files.readString(dir.resolve(file));
    Files.writeString(dir.resolve(file), text.replace(from, to));
    return text;
  }

  /** The tables of the scratch folder, as the importer reads them. */
  CuratedTables tables() {
    return new CuratedTables(dir);
  }
}
