package io.credpath.importing;

import java.nio.file.Path;

/**
 * A raw source record the import cannot take (a row whose fields run into the next one, a product it does not know,
 * an id another record already has): names the file, the line the record starts on and the field, and stops the
 * import unless {@code curated/excluded-records.jsonl} lists the record ({@link LeftOutRecords}).
 */
final class RejectedRecordException extends IllegalStateException {
  RejectedRecordException(Path file, int line, String field, String problem) {
    super(file + ":" + line + ": " + field + " " + problem + " (the import leaves a raw record out only when "
        + "curated/" + LeftOutRecords.EXCLUSIONS + " lists it, with the reason)");
  }
}
