package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.Fixtures;
import io.credpath.api.ApiJson;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI's {@code --json} writes records in the shapes the API serves them. */
class JsonTest {
  private final Credential securityPlus = Fixtures.credential("cert:sec-plus").title("Security+")
      .type(CredentialType.PROFESSIONAL_CERTIFICATE).exam(404).hours(110).weeks(6, 16)
      .requires(new Requirement.AnyOf(List.of(new Requirement.HasCredential("cert:net-plus"), new Requirement.HasExperience(2))))
      .build();

  @Test
  void writesEnumsByWireNameOptionalsAsValueOrNullAndRequirementsInTheirWireShape() throws Exception {
    JsonNode written = new ObjectMapper().readTree(Json.write(securityPlus));
    assertThat(written.path("type").asText()).isEqualTo("professional-certificate");
    assertThat(written.path("rating").isNull()).isTrue();
    assertThat(written.path("recommends").isNull()).isTrue();
    assertThat(written.path("requires")).isEqualTo(new ObjectMapper().readTree(
        "{\"anyOf\": [{\"credential\": \"cert:net-plus\"}, {\"experienceYears\": 2.0}]}"));
  }

  @Test
  void writesWhatTheApisMapperWrites() throws Exception {
    assertThat(new ObjectMapper().readTree(Json.write(securityPlus))).isEqualTo(ApiJson.mapper().valueToTree(securityPlus));
  }
}
