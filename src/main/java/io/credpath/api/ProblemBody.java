package io.credpath.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, with field errors for validation failures, id suggestions for unknown ids, the
 * problems a rejected reload found ({@code file:line: message}), and the rule that failed.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, String instance, List<FieldError> errors,
    List<String> suggestions, List<String> problems, String rule) {
  /** A problem without reload problems or a rule. */
  public ProblemBody(String type, String title, int status, String detail, String instance, List<FieldError> errors,
      List<String> suggestions) {
    this(type, title, status, detail, instance, errors, suggestions, List.of(), null);
  }
}
