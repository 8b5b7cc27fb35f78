package id.kutip.api;

import com.fasterxml.jackson.annotation.JsonValue;
import id.kutip.engine.QuoteType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire form of {@link QuoteType}: {@code direct} or {@code indirect}. */
@Schema(name = "QuoteType", description = "`direct`: the words inside quotation marks; "
        + "`indirect`: reported speech without marks.", enumeration = {"direct", "indirect"})
public enum QuoteKind {
    DIRECT(QuoteType.DIRECT),
    INDIRECT(QuoteType.INDIRECT);

    private final QuoteType engineType;

    QuoteKind(QuoteType engineType) {
        this.engineType = engineType;
    }

    @JsonValue
    public String wireName() {
        return engineType.wireName();
    }

    public QuoteType engineType() {
        return engineType;
    }

    public static QuoteKind of(QuoteType type) {
        return type == QuoteType.DIRECT ? DIRECT : INDIRECT;
    }
}
