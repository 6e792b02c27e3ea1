package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.credpath.advising.SharedBudget;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.ClosestNames;
import io.credpath.catalog.Credential;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Turns an allocation body into a shared budget and the job to choose from, reporting every invalid field (422) at once. */
final class AllocationReader {
  private static final Set<String> BODY = PlanningBodies.fields(AdvisingBodies.AllocationBody.class);
  private static final Set<String> TERMS = PlanningBodies.fields(AdvisingBodies.CredentialTermsBody.class);
  private static final Set<String> DISCOUNT = PlanningBodies.fields(AdvisingBodies.DiscountBody.class);
  private static final int MAX_CREDENTIALS = 500;
  private static final int MAX_TIERS = 10;
  private static final int MAX_SEATS = 100_000;

  /** A parsed allocation request. */
  record Ask(SharedBudget terms, Optional<String> job) {}

  /** The body's terms, their credentials checked against {@code catalog} as {@code scope} sees it. */
  Ask read(JsonNode body, Catalog catalog, CatalogScope scope) {
    BodyFields f = new BodyFields();
    List<String> suggestions = new ArrayList<>();
    f.checkNames(body, "", BODY);
    OptionalDouble budget = f.number(body, "", "budget", 0, 1e9);
    if (budget.isEmpty() && (body.path("budget").isMissingNode() || body.path("budget").isNull())) f.add("budget", "is required");
    String currency = f.text(body, "", "currency", 3, false).orElse("USD");
    if (!currency.matches("[A-Z]{3}")) f.add("currency", "must be a three-letter ISO 4217 code in capitals: " + currency);
    Optional<String> job = f.text(body, "", "job", 40, false);
    List<JsonNode> items = f.array(body, "", "credentials", MAX_CREDENTIALS);
    List<SharedBudget.CredentialTerms> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "credentials[" + i + "]";
      JsonNode t = f.checkNames(items.get(i), at, TERMS);
      if (!t.isObject()) continue;
      Optional<String> credential = f.text(t, at, "credential", 200, true);
      credential.ifPresent(id -> {
        if (!seen.add(id)) f.add(at + ".credential", "has terms already at an earlier item: " + id);
        if (catalog.findCredential(id).filter(scope::allows).isEmpty()) {
          List<String> closest = ClosestNames.closest(id, catalog.credentials().stream().filter(scope::allows).map(Credential::id).toList(), 5);
          suggestions.addAll(closest);
          f.add(at + ".credential", "unknown credential '" + id + "'" + (closest.isEmpty() ? "" : "; did you mean: " + String.join(", ", closest)));
        }
      });
      int limit = f.integer(t, at, "seatLimit", 0, MAX_SEATS, -1);
      List<SharedBudget.Discount> discounts = discounts(f, t, at);
      if (credential.isPresent()) {
        terms.add(new SharedBudget.CredentialTerms(credential.get(), limit < 0 ? OptionalInt.empty() : OptionalInt.of(limit), discounts));
      }
    }
    f.throwIfInvalid(422, suggestions.stream().distinct().toList());
    return new Ask(new SharedBudget(budget.orElseThrow(), currency, terms), job);
  }

  private static List<SharedBudget.Discount> discounts(BodyFields f, JsonNode t, String at) {
    List<JsonNode> tiers = f.array(t, at, "discounts", MAX_TIERS);
    List<SharedBudget.Discount> out = new ArrayList<>();
    Set<Integer> from = new HashSet<>();
    for (int j = 0; j < tiers.size(); j++) {
      String dat = at + ".discounts[" + j + "]";
      JsonNode d = f.checkNames(tiers.get(j), dat, DISCOUNT);
      if (!d.isObject()) continue;
      if (d.path("minSeats").isMissingNode() || d.path("minSeats").isNull()) f.add(dat + ".minSeats", "is required");
      if (d.path("percentOff").isMissingNode() || d.path("percentOff").isNull()) f.add(dat + ".percentOff", "is required");
      int min = f.integer(d, dat, "minSeats", 1, MAX_SEATS, -1);
      OptionalDouble pct = f.number(d, dat, "percentOff", 0.01, 99.99);
      if (min >= 1 && !from.add(min)) f.add(dat + ".minSeats", "another tier starts at " + min + " seats");
      if (min >= 1 && pct.isPresent()) out.add(new SharedBudget.Discount(min, pct.getAsDouble()));
    }
    return out;
  }
}
