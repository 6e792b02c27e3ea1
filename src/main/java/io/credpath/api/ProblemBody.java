package io.credpath.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, with field errors for validation failures and id suggestions for unknown ids. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, String instance, List<FieldError> errors,
    List<String> suggestions) {}
