package id.kutip.engine;

/**
 * How the engine came to its speaker: what {@code confidence} is calibrated on, together with the
 * rule. Ordered from the most direct evidence to none.
 */
public enum Evidence {
    /** Named at the cue as the article names them anywhere: "kata Jens Stoltenberg". */
    NAMED("named"),
    /** Named at the cue by a short form the article resolves: "kata Stoltenberg", "kata BW". */
    LINKED("linked"),
    /** An organisation named at the cue. */
    ORGANISATION("organisation"),
    /** A title or bare role resolved to the person the article gives it: "kata Presiden". */
    TITLE("title"),
    /** An unnamed source described at the cue: "kata seorang warga". */
    DESCRIBED("described"),
    /** A pronoun, a -nya, a definite description or a passive without agent, resolved to the one in focus. */
    FOCUS("focus"),
    /** The same, with the one in focus last named two paragraphs or more before. */
    FOCUS_FAR("focus-far"),
    /** Carried over from the quote before: the second part of a split quote, a continued quotation. */
    CARRIED("carried"),
    /** No source could be told. */
    NONE("none");

    private final String wireName;

    Evidence(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the calibration table. */
    public String wireName() {
        return wireName;
    }
}
