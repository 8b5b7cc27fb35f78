package id.kutip.stream;

import id.kutip.api.QuoteKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The value of a record on the articles topic: a batch document with the request's {@code types}.
 * Unknown fields are ignored, as over HTTP. HTML is an HTTP input only: a record that brings
 * {@code html} is refused with a violation that says so, rather than with a missing {@code text}.
 */
record StreamArticle(
        @NotBlank
        @Size(max = 200, message = "must be at most 200 characters")
        String id,
        @NotBlank
        String text,
        @Null(message = "is not read from Kafka; send the article's plain text as text")
        Object html,
        String language,
        @Size(min = 1, message = "must not be empty; leave it out for both")
        List<@NotNull QuoteKind> types) {
}
