package io.credpath.api;

import java.util.List;
import java.util.Map;

/** A client error to answer as {@code application/problem+json}: status, title, detail and optional field errors. */
final class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, String> headers;
  private final List<String> suggestions;

  ApiProblem(int status, String title, String detail, List<FieldError> errors, Map<String, String> headers) {
    this(status, title, detail, errors, headers, List.of());
  }

  /** A problem that also suggests ids (the closest known ones to an unknown id in the body). */
  ApiProblem(int status, String title, String detail, List<FieldError> errors, Map<String, String> headers, List<String> suggestions) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
    this.suggestions = List.copyOf(suggestions);
  }

  static ApiProblem of(int status, String title, String detail) {
    return new ApiProblem(status, title, detail, List.of(), Map.of());
  }

  static ApiProblem invalid(int status, List<FieldError> errors) {
    return invalid(status, errors, List.of());
  }

  /** Invalid fields, with the ids closest to the unknown ones among them. */
  static ApiProblem invalid(int status, List<FieldError> errors, List<String> suggestions) {
    return new ApiProblem(status, status == 400 ? "Bad request" : "Unprocessable request",
        errors.size() + " invalid field(s): " + errors.get(0).field() + (errors.size() > 1 ? ", ..." : ""), errors, Map.of(), suggestions);
  }

  static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "Unauthorized", detail, List.of(), Map.of("WWW-Authenticate", "Bearer"));
  }

  int status() { return status; }
  String title() { return title; }
  List<FieldError> errors() { return errors; }
  Map<String, String> headers() { return headers; }
  List<String> suggestions() { return suggestions; }
}
