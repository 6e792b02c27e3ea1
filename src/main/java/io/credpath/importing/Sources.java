package io.credpath.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The {@code source} header blocks: each source's name, version, licence and attribution. */
final class Sources {

  static final String COMMAND = "./credpath import --raw ../shared/data/raw --out taxonomy";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  static final ObjectNode ONET = source("O*NET 29.3 Database", "29.3 (May 2025)", "CC BY 4.0",
      "This includes information from the O*NET 29.3 Database by the U.S. Department of Labor, "
          + "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.",
      "https://www.onetcenter.org/database.html");
  static final ObjectNode ESCO = source("ESCO classification", "v1.1.1",
      "Commission Decision 2011/833/EU (reuse with acknowledgement)",
      "This service uses the ESCO classification of the European Commission",
      "https://esco.ec.europa.eu");
  static final ObjectNode NESTA = source("Nesta Mapping Career Causeways ESCO-O*NET crosswalk",
      "commit cb8c57a2c4a0ab40a2bba4eca6664601bcc24cad", "MIT", "Copyright 2021 Nesta (MIT License)",
      "https://github.com/nestauk/mapping-career-causeways");
  static final ObjectNode COURSERA = source("Coursera catalogue scrapes (2024, 2023, 2020)",
      "coursera_2024 @4d7eeb3, coursera_2023 @f1b75cc, coursera_2020 @5bc960f", "none stated",
      "Facts only (titles, providers, levels, durations, skill tags) from public scrapes of coursera.org; "
          + "each record cites its source file in sourceUrl",
      "https://www.coursera.org");
  static final ObjectNode UDEMY = source("Udemy courses (Kaggle 2017 snapshot)", "commit 12ccc71f",
      "none stated", "Facts only (title, URL, 2017 list price, content hours); each record cites its source",
      UdemyImporter.SOURCE_URL);
  static final ObjectNode ROADMAP = source("Paul Jerimy Security Certification Roadmap",
      "commit e72bb3206b5608932724d9e0aefe6ef09261ef6b", "CC BY-SA 4.0",
      "Security Certification Roadmap by Paul Jerimy, CC BY-SA 4.0; records derived from it "
          + "(source sec_cert_roadmap) are shared alike under CC BY-SA 4.0",
      "https://pauljerimy.com/security-certification-roadmap/");

  private Sources() {
  }

  static ObjectNode source(String name, String version, String licence, String attribution, String url) {
    ObjectNode n = F.objectNode();
    n.put("name", name).put("version", version).put("licence", licence)
        .put("attribution", attribution).put("url", url);
    return n;
  }

  /** A header block listing the given sources and the regenerating command. */
  static ObjectNode header(List<JsonNode> sources) {
    ObjectNode h = F.objectNode();
    ArrayNode list = h.putArray("sources");
    sources.forEach(list::add);
    h.put("generatedBy", TaxonomyImport.class.getName());
    h.put("command", COMMAND);
    return h;
  }
}
