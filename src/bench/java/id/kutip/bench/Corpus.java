package id.kutip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark inputs, built the same way in the JMH fork and in the runner that reports on them,
 * so the runner knows how many characters one operation covers.
 *
 * <p>A corpus is one or more JSONL files, each line an object with a {@code "text"} string (other
 * fields are ignored), given as paths joined by {@code :}; {@code default} means the evaluation
 * sets beside the project. Nothing from the corpus is stored in the repository.
 */
final class Corpus {

    /** The default corpus, relative to the project directory (Maven runs the benchmarks there). */
    static final List<String> DEFAULT_FILES = List.of(
            "../shared/eval/dev.jsonl", "../shared/eval/seed.jsonl", "../shared/eval/pfsa-dev.jsonl");

    /** Characters (UTF-16 code units) of the throughput corpus: texts repeated to about 5 MB. */
    static final int THROUGHPUT_CHARS = 5_000_000;

    /** Characters processed per operation by the document-size benchmark, whatever the size. */
    static final int SIZE_STREAM_CHARS = 2 * 1_048_576;

    /** Between concatenated texts. */
    static final String SEPARATOR = "\n\n";

    private Corpus() {
    }

    /** The texts of the corpus named by {@code spec}, in file and line order. */
    static List<String> texts(String spec) {
        List<String> files = spec == null || spec.isBlank() || spec.equals("default")
                ? DEFAULT_FILES : List.of(spec.split(":"));
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("corpus file not found: " + path.toAbsolutePath().normalize()
                        + " (give any {\"text\": …} JSONL with -Dbench.corpus=a.jsonl:b.jsonl)");
            }
            try {
                int lineNo = 0;
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode text = json.readTree(line).get("text");
                    if (text == null || !text.isTextual()) {
                        throw new IllegalArgumentException(path + ":" + lineNo + " has no \"text\" string");
                    }
                    if (!text.asText().isEmpty()) {
                        texts.add(text.asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("corpus has no texts: " + files);
        }
        return texts;
    }

    /**
     * Whole texts of the corpus, cycled until they add up to at least {@code minChars}. Each
     * repetition is a fresh copy, so no string identity is shared between passes.
     */
    static List<String> repeatedTo(List<String> texts, int minChars) {
        List<String> out = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < minChars; i = (i + 1) % texts.size()) {
            String copy = new String(texts.get(i).toCharArray());
            out.add(copy);
            total += copy.length();
        }
        return out;
    }

    /**
     * Documents of {@code size} characters cut one after another from the corpus texts joined by
     * blank lines (cycled as needed), as many as fit in {@link #SIZE_STREAM_CHARS}: every size sees
     * the same text. A cut never splits a surrogate pair, so a document may be one char shorter.
     */
    static List<String> documents(List<String> texts, int size) {
        if (size < 2 || size > SIZE_STREAM_CHARS) {
            throw new IllegalArgumentException("document size must be in [2, " + SIZE_STREAM_CHARS + "]: " + size);
        }
        StringBuilder stream = new StringBuilder(SIZE_STREAM_CHARS + 20_000);
        for (int i = 0; stream.length() < SIZE_STREAM_CHARS; i = (i + 1) % texts.size()) {
            if (stream.length() > 0) {
                stream.append(SEPARATOR);
            }
            stream.append(texts.get(i));
        }
        List<String> docs = new ArrayList<>();
        int start = 0;
        for (int n = SIZE_STREAM_CHARS / size; docs.size() < n; ) {
            int end = start + size;
            if (Character.isHighSurrogate(stream.charAt(end - 1))) {
                end--;
            }
            docs.add(stream.substring(start, end));
            start = end;
        }
        return docs;
    }

    static long chars(List<String> docs) {
        long total = 0;
        for (String d : docs) {
            total += d.length();
        }
        return total;
    }
}
