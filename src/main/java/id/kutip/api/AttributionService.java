package id.kutip.api;

import id.kutip.engine.Analysis;
import id.kutip.engine.AttributionEngine;
import id.kutip.engine.QuoteType;
import id.kutip.html.HtmlText;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks what the engine cannot (language, limits, batch rules), turns an HTML page into its
 * article text ({@link HtmlText}), calls the engine within a bounded number of analysis slots
 * ({@link EngineSlots}), counting what it does ({@link EngineMetrics}), and turns its result into
 * the wire records. Every door of the service calls this; the engines it calls are shared and
 * immutable.
 */
@ApplicationScoped
public class AttributionService {

    private final KutipConfig config;
    private final EngineSlots slots;
    private final EngineMetrics metrics;

    public AttributionService(KutipConfig config, EngineSlots slots, EngineMetrics metrics) {
        this.config = config;
        this.slots = slots;
        this.metrics = metrics;
    }

    /** Analyses one text; a {@link ProblemException} says what is wrong with it, or that the service is overloaded. */
    public AttributionReply analyze(String text, String language, List<QuoteKind> types) {
        String lang = resolveLanguage(language, "language");
        checkLength(text, "text");
        return slots.call(() -> analyzeChecked(text, lang, engineTypes(types)));
    }

    /** Analyses the article of an HTML page given as a string; the reply carries the extracted text. */
    public AttributionReply analyzeHtml(String html, String language, List<QuoteKind> types) {
        return analyzePage(() -> HtmlText.extract(html), language, types);
    }

    /**
     * Analyses the article of an HTML page given as bytes, in {@code declared} charset if not null (else the
     * page's own, else UTF-8), with the default language and types; the reply carries the extracted text.
     */
    public AttributionReply analyzeHtml(byte[] page, Charset declared) {
        return analyzePage(() -> HtmlText.extract(page, declared), null, null);
    }

    /** Analyses every document of a batch after checking the whole batch, so that it fails before any analysis. */
    public BatchReply analyzeBatch(BatchRequest request) {
        List<BatchDocument> docs = request.documents();
        if (docs.size() > config.batch().maxDocuments()) {
            throw new ProblemException(ProblemType.BATCH_TOO_LARGE, "The batch has " + docs.size()
                    + " documents; at most " + config.batch().maxDocuments() + " are allowed (kutip.batch.max-documents)."
                    + " Split it into several batches.");
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        List<String> languages = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            BatchDocument doc = docs.get(i);
            Integer first = firstIndexOfId.putIfAbsent(doc.id(), i);
            if (first != null) {
                violations.add(new Violation("documents[" + i + "].id",
                        "duplicates documents[" + first + "].id \"" + doc.id() + "\"; ids must be unique"));
            }
            languages.add(resolveLanguage(doc.language(), "documents[" + i + "].language"));
            if (doc.html() == null) {
                checkLength(doc.text(), "documents[" + i + "].text");
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, detailOf(violations), violations);
        }
        Set<QuoteType> types = engineTypes(request.types());
        // One slot for the whole batch, HTML extraction included: once analysis starts, it is not shed half-way.
        return slots.call(() -> {
            List<String> texts = new ArrayList<>(docs.size());
            long total = 0;
            for (int i = 0; i < docs.size(); i++) {
                BatchDocument doc = docs.get(i);
                String text = doc.html() == null ? doc.text()
                        : checkedPageText(HtmlText.extract(doc.html()), "documents[" + i + "].html");
                texts.add(text);
                total += text.length();
            }
            if (total > config.batch().maxTotalLength()) {
                throw new ProblemException(ProblemType.BATCH_TOO_LARGE, "The documents' texts add up to " + total
                        + " UTF-16 code units; at most " + config.batch().maxTotalLength()
                        + " are allowed in one batch (kutip.batch.max-total-length). Split it into several batches.");
            }
            List<BatchResult> results = new ArrayList<>(docs.size());
            for (int i = 0; i < docs.size(); i++) {
                BatchDocument doc = docs.get(i);
                AttributionReply reply = analyzeChecked(texts.get(i), languages.get(i), types);
                results.add(new BatchResult(doc.id(), reply.language(), reply.attributions(), reply.speakers(),
                        doc.html() == null ? null : texts.get(i)));
            }
            return new BatchReply(results);
        });
    }

    /** The lexicons of every supported language, or of one. */
    public LexiconReply lexicons(String language) {
        Set<String> languages = language == null ? new TreeSet<>(AttributionEngine.supportedLanguages())
                : Set.of(resolveLanguage(language, "language"));
        List<LexiconDto> lexicons = new ArrayList<>();
        for (String lang : languages) {
            AttributionEngine engine = AttributionEngine.forLanguage(lang).orElseThrow();
            lexicons.add(new LexiconDto(lang, engine.lexicon().lists()));
        }
        return new LexiconReply(lexicons);
    }

    static String detailOf(List<Violation> violations) {
        StringBuilder sb = new StringBuilder();
        for (Violation v : violations) {
            sb.append(sb.length() == 0 ? "" : "; ").append(v.field()).append(": ").append(v.message());
        }
        return sb.toString();
    }

    private AttributionReply analyzeChecked(String text, String language, Set<QuoteType> types) {
        AttributionEngine engine = AttributionEngine.forLanguage(language).orElseThrow();
        Analysis analysis = metrics.record(language, text, () -> engine.analyze(text, types));
        return new AttributionReply(language,
                analysis.attributions().stream().map(AttributionDto::of).toList(),
                analysis.speakers().stream().map(SpeakerSummaryDto::of).toList(), null);
    }

    /** HTML extraction is analysis work: it runs in the slot, like the engine. */
    private AttributionReply analyzePage(Supplier<String> extraction, String language, List<QuoteKind> types) {
        String lang = resolveLanguage(language, "language");
        Set<QuoteType> engineTypes = engineTypes(types);
        return slots.call(() -> {
            String text = checkedPageText(extraction.get(), "html");
            return analyzeChecked(text, lang, engineTypes).withText(text);
        });
    }

    /** The text extracted from the page in {@code field}, which must have some and not too much; counts the page. */
    private String checkedPageText(String text, String field) {
        metrics.htmlPage();
        if (text.isBlank()) {
            String message = "has no text once markup, scripts, navigation and hidden parts are removed";
            throw new ProblemException(ProblemType.VALIDATION, field + ": " + message
                    + "; send the page of an article.", List.of(new Violation(field, message)));
        }
        if (text.length() > config.maxTextLength()) {
            throw new ProblemException(ProblemType.TEXT_TOO_LONG, "The text extracted from " + field + " is "
                    + text.length() + " UTF-16 code units long; at most " + config.maxTextLength()
                    + " are allowed (kutip.max-text-length). Split the article and send the parts separately.",
                    List.of(new Violation(field, "has a text longer than " + config.maxTextLength()
                            + " UTF-16 code units")));
        }
        return text;
    }

    private String resolveLanguage(String language, String field) {
        String lang = language == null ? config.defaultLanguage() : language;
        if (AttributionEngine.forLanguage(lang).isEmpty()) {
            String supported = String.join(", ", new TreeSet<>(AttributionEngine.supportedLanguages()));
            String message = "\"" + abbreviate(lang) + "\" is not supported; supported: " + supported;
            throw new ProblemException(ProblemType.UNSUPPORTED_LANGUAGE,
                    field + ": " + message + ". Leave it out to use \"" + config.defaultLanguage() + "\".",
                    List.of(new Violation(field, message)));
        }
        return lang;
    }

    private void checkLength(String text, String field) {
        if (text.length() > config.maxTextLength()) {
            throw new ProblemException(ProblemType.TEXT_TOO_LONG, field + " is " + text.length()
                    + " UTF-16 code units long; at most " + config.maxTextLength()
                    + " are allowed (kutip.max-text-length). Split the text and send the parts separately.",
                    List.of(new Violation(field, "longer than " + config.maxTextLength() + " UTF-16 code units")));
        }
    }

    private static Set<QuoteType> engineTypes(List<QuoteKind> types) {
        if (types == null) {
            return EnumSet.allOf(QuoteType.class);
        }
        EnumSet<QuoteType> set = EnumSet.noneOf(QuoteType.class);
        types.forEach(t -> set.add(t.engineType()));
        return set;
    }

    private static String abbreviate(String s) {
        if (s.length() <= 40) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(39)) ? 39 : 40;
        return s.substring(0, cut) + "…";
    }
}
