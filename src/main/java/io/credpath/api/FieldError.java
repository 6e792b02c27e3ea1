package io.credpath.api;

/** One invalid input: the field's JSON path or parameter name, and what is wrong with it. */
public record FieldError(String field, String message) {}
