package io.credpath.catalog;

import static io.credpath.Fixtures.credential;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogScopeTest {
  private static final Credential SALESFORCE = credential("sf:admin").provider("Salesforce").build();
  private static final Credential SALESFORCE_AS_SPELLED_ELSEWHERE = credential("sf:dev").provider("SalesForce").build();
  private static final Credential UDEMY = credential("course:excel").provider("Udemy").build();

  @Test
  void comparesProvidersTrimmedAndCaseInsensitively() {
    CatalogScope scope = new CatalogScope(Optional.of("acme"), Set.of(" salesFORCE "), Set.of());
    assertThat(scope.providers()).containsExactly("salesforce");
    assertThat(scope.allows(SALESFORCE)).isTrue();
    assertThat(scope.allows(SALESFORCE_AS_SPELLED_ELSEWHERE)).isTrue();
    assertThat(scope.allows(UDEMY)).isFalse();
  }

  @Test
  void comparesCredentialIdsTrimmedButExactly() {
    CatalogScope scope = new CatalogScope(Optional.empty(), Set.of(), Set.of(" course:excel\t", "SF:ADMIN"));
    assertThat(scope.credentials()).containsExactlyInAnyOrder("course:excel", "SF:ADMIN");
    assertThat(scope.allows(UDEMY)).isTrue();
    assertThat(scope.allows(SALESFORCE)).isFalse();
  }

  @Test
  void allowsACredentialListedByEitherProviderOrId() {
    CatalogScope scope = new CatalogScope(Optional.empty(), Set.of("udemy"), Set.of("sf:dev"));
    assertThat(scope.allows(UDEMY)).isTrue();
    assertThat(scope.allows(SALESFORCE_AS_SPELLED_ELSEWHERE)).isTrue();
    assertThat(scope.allows(SALESFORCE)).isFalse();
  }

  @Test
  void listingNothingSeesTheWholeCatalogue() {
    CatalogScope empty = new CatalogScope(Optional.of("acme"), Set.of(), Set.of());
    assertThat(empty.isEverything()).isTrue();
    assertThat(empty.allows(SALESFORCE)).isTrue();
    assertThat(empty.allows(UDEMY)).isTrue();
    assertThat(new CatalogScope(Optional.empty(), Set.of("udemy"), Set.of()).isEverything()).isFalse();
  }

  @Test
  void scopesThatSeeTheSameCredentialsAreEqualWithoutTheirTenants() {
    CatalogScope a = new CatalogScope(Optional.of("a"), Set.of("Udemy", "UDEMY"), Set.of("x "));
    CatalogScope b = new CatalogScope(Optional.of("b"), Set.of("udemy"), Set.of("x"));
    assertThat(a).isNotEqualTo(b);
    assertThat(a.withoutTenant()).isEqualTo(b.withoutTenant());
    assertThat(CatalogScope.everything().withoutTenant()).isEqualTo(new CatalogScope(Optional.of("c"), Set.of(), Set.of()).withoutTenant());
  }
}
