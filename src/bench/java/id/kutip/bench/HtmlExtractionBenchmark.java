package id.kutip.bench;

import id.kutip.engine.AttributionEngine;
import id.kutip.html.HtmlText;
import id.kutip.html.NewsPages;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * HTML extraction beside the engine. Every corpus text is served as a news page
 * ({@link NewsPages}); one operation extracts the article text of every page ({@link HtmlText})
 * and analyses that text with the engine, text by text, the order of the two rotating, each
 * clocked apart, so that load from other processes hits both alike. {@link HtmlBench} turns the
 * times into nanoseconds per character of page and of article text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class HtmlExtractionBenchmark {

    /** {@code default} or JSONL paths joined by {@code :}. */
    @Param("default")
    public String corpus;

    /** Time and characters of each half, summed by JMH over the measured iterations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Clock {
        public long extractNanos;
        public long engineNanos;
        public long pageChars;
        public long textChars;

        @Setup(Level.Iteration)
        public void reset() {
            extractNanos = engineNanos = pageChars = textChars = 0;
        }
    }

    private String[] pages;
    private String[] texts;
    private long pageChars;
    private long textChars;
    private AttributionEngine engine;
    private int rotation;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> corpusTexts = Corpus.texts(corpus);
        pages = new String[corpusTexts.size()];
        texts = new String[corpusTexts.size()];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = NewsPages.page("Berita hari ini", corpusTexts.get(i));
            texts[i] = HtmlText.extract(pages[i]);
            pageChars += pages[i].length();
            textChars += texts[i].length();
        }
        engine = AttributionEngine.forLanguage("id").orElseThrow();
    }

    @Benchmark
    public void paired(Clock clock, Blackhole bh) {
        long extract = 0;
        long analyse = 0;
        boolean extractFirst = (rotation++ & 1) == 0;
        for (int i = 0; i < pages.length; i++) {
            for (int half = 0; half < 2; half++) {
                long t0 = System.nanoTime();
                if ((half == 0) == extractFirst) {
                    bh.consume(HtmlText.extract(pages[i]));
                    extract += System.nanoTime() - t0;
                } else {
                    bh.consume(engine.analyze(texts[i]));
                    analyse += System.nanoTime() - t0;
                }
            }
            extractFirst = !extractFirst;
        }
        clock.extractNanos += extract;
        clock.engineNanos += analyse;
        clock.pageChars += pageChars;
        clock.textChars += textChars;
    }
}
