package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedFieldsWithEmbeddedNewlinesCommasAndQuotes() {
    String text = "uri,label,alt\r\nu1,\"data analyst\",\"a, b\nc \"\"quoted\"\"\"\r\nu2,x,\n";

    List<List<String>> rows = CsvReader.csv().parse(text);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).containsExactly("u1", "data analyst", "a, b\nc \"quoted\"");
    assertThat(rows.get(2)).containsExactly("u2", "x", "");
  }

  @Test
  void treatsQuotesAsLiteralInTabSeparatedFiles() {
    String text = "code\ttitle\n15-1252.00\tUses 3.5\" disks, \"fast\"\n";

    List<List<String>> rows = CsvReader.tsv().parse(text);

    assertThat(rows.get(1)).containsExactly("15-1252.00", "Uses 3.5\" disks, \"fast\"");
  }

  @Test
  void numbersEachRecordByTheLineItStartsOnCountingLineBreaksInsideQuotes() {
    String text = "a,b\r\n1,\"two\nlines\"\n\n3,\"x\r\ny\"\n4,z\n";

    assertThat(CsvReader.csv().records(text)).extracting(CsvReader.Line::number).containsExactly(1, 2, 5, 7);
  }

  @Test
  void skipsBlankLinesAndByteOrderMark() {
    List<List<String>> rows = CsvReader.csv().parse("\uFEFFa,b\n\n1,2\n");

    assertThat(rows).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }
}
