package id.kutip.api;

import id.kutip.engine.Span;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of the submitted text. */
@Schema(name = "Span", description = "A piece of the submitted text. `start` is inclusive, `end` exclusive, both "
        + "counted in UTF-16 code units of the submitted text (Java `String.substring`, JavaScript `slice`), "
        + "so `text.substring(start, end)` equals `text` here. An emoji or other character outside the Basic "
        + "Multilingual Plane counts 2.")
public record SpanDto(
        @Schema(description = "The characters of the submitted text from `start` to `end`.", required = true)
        String text,
        @Schema(description = "Offset of the first character, in UTF-16 code units, from 0.", required = true,
                minimum = "0")
        int start,
        @Schema(description = "Offset just past the last character, in UTF-16 code units.", required = true,
                minimum = "0")
        int end) {

    /** The wire form of an engine span, or null. */
    public static SpanDto of(Span span) {
        return span == null ? null : new SpanDto(span.text(), span.start(), span.end());
    }
}
