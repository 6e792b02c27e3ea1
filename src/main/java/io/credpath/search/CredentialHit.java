package io.credpath.search;

import io.credpath.catalog.CredentialType;
import java.util.OptionalDouble;

/** One credential in a result page, with the fields a result list shows and its relevance score. */
public record CredentialHit(String id, String title, CredentialType type, String provider, double cost, double hours,
    OptionalDouble rating, int level, float score) {}
