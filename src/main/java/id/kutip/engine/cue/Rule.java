package id.kutip.engine.cue;

/** Every rule that can produce an attribution; {@link #wireName()} is what the API reports. */
public enum Rule {
    /** "…," kata X. */
    CLOSING_CUE("closing-cue", 0.95),
    /** "…," X menambahkan. */
    INVERTED_CUE("inverted-cue", 0.9),
    /** X mengatakan, "…" / Kata X, "…" / Menurut X, "…" */
    OPENING_CUE("opening-cue", 0.9),
    /** X: "…" */
    COLON("colon", 0.8),
    /** The second part of "A," kata X. "B." — or another cue-less quote in a paragraph with a cue. */
    SPLIT("split", 0.85),
    /** A paragraph of a quotation that runs over several paragraphs. */
    MULTI_PARAGRAPH("multi-paragraph", 0.85),
    /** A cue-less quote paragraph right after a quote of the same speaker. */
    CONTINUATION("continuation", 0.7),
    /** A quotation with no recoverable source. */
    UNATTRIBUTED("unattributed", 0.5),
    /** X mengatakan (bahwa) … */
    REPORTING_VERB("reporting-verb", 0.8),
    /** X meminta agar … — a speech act at the edge of reported speech. */
    SPEECH_ACT("speech-act", 0.45),
    /** Menurut X, … / …, menurut X. */
    ACCORDING_TO("according-to", 0.85),
    /** …, kata X. / Biasanya, kata X, … without quotation marks. */
    REPORTED_CLOSING_CUE("reported-closing-cue", 0.8),
    /** Diungkapkan X(,| bahwa) … / …, dikatakan X, … / Ditegaskannya, … / Hal itu disampaikan X. */
    PASSIVE_CUE("passive-cue", 0.8);

    private final String wireName;
    private final double confidence;

    Rule(String wireName, double confidence) {
        this.wireName = wireName;
        this.confidence = confidence;
    }

    public String wireName() {
        return wireName;
    }

    /** How sure the rule is when the speaker is named outright and the marks pair. */
    public double baseConfidence() {
        return confidence;
    }
}
