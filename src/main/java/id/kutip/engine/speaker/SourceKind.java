package id.kutip.engine.speaker;

/** What kind of source a speaker phrase names. */
public enum SourceKind {
    /** A named person: "Budi Santoso", "Stoltenberg". */
    PERSON,
    /** A personal pronoun or the -nya of a cue: "dia", "ia", "katanya". */
    PRONOUN,
    /** A title with no name: "kata Presiden". Resolved to the person the article gives that title. */
    TITLE,
    /** An unnamed source described by what they are: "seorang warga", "beberapa pedagang". */
    DESCRIPTION,
    /** An organisation speaking: "Kementerian Kesehatan", "BPBD". */
    ORGANISATION,
    /** A definite description pointing back: "pria berusia 40 tahun itu". Resolved like a pronoun. */
    ANAPHOR
}
