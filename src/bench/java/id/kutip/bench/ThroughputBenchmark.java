package id.kutip.bench;

import id.kutip.engine.AttributionEngine;
import id.kutip.engine.lexicon.Lexicon;
import id.kutip.engine.lexicon.Vocabulary;
import id.kutip.engine.text.Boilerplate;
import id.kutip.engine.text.Document;
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
 * One operation = every text of the ~5 MB corpus once, on one thread. {@code engine} runs the full
 * engine ({@code analyze}, both quote types); {@code floor} only locates the quotation marks;
 * {@code tokenizer} runs the engine's first stage alone (paragraphs and tokens with their lexicon
 * classes), to show how much of the engine's time that stage is; {@code wordScan} only finds and
 * hashes the words ({@link WordScan}), the least any word-level engine must do.
 * {@code paired} runs all four on each text in turn and clocks them apart, so that load from other
 * processes hits them alike: its ratios are the ones to trust on a noisy machine.
 * {@link EngineBench} turns the times into characters per second and ratios.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThroughputBenchmark {

    private static final int ENGINE = 0;
    private static final int FLOOR = 1;
    private static final int TOKENIZER = 2;
    private static final int WORD_SCAN = 3;
    private static final int STAGES = 4;

    /** {@code default} or JSONL paths joined by {@code :}. */
    @Param("default")
    public String corpus;

    /** Time spent in each half of {@link #paired}, summed by JMH over the measured iterations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairedClock {
        public long engineNanos;
        public long floorNanos;
        public long tokenizerNanos;
        public long wordScanNanos;
        public long chars;

        @Setup(Level.Iteration)
        public void reset() {
            engineNanos = 0;
            floorNanos = 0;
            tokenizerNanos = 0;
            wordScanNanos = 0;
            chars = 0;
        }
    }

    private String[] texts;
    private long totalChars;
    private AttributionEngine engine;
    private QuoteMarkFloor floor;
    private Vocabulary vocabulary;
    private Boilerplate boilerplate;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> repeated = Corpus.repeatedTo(Corpus.texts(corpus), Corpus.THROUGHPUT_CHARS);
        texts = repeated.toArray(new String[0]);
        totalChars = Corpus.chars(repeated);
        engine = AttributionEngine.forLanguage("id").orElseThrow();
        floor = new QuoteMarkFloor();
        // The same helpers AttributionEngine builds for itself, so tokenizer cuts exactly as engine does.
        Lexicon lexicon = Lexicon.load("id");
        vocabulary = new Vocabulary(lexicon);
        boilerplate = new Boilerplate(lexicon.list("boilerplate"));
    }

    @Benchmark
    public void engine(Blackhole bh) {
        for (String text : texts) {
            bh.consume(engine.analyze(text));
        }
    }

    @Benchmark
    public void floor(Blackhole bh) {
        for (String text : texts) {
            int n = floor.locate(text);
            bh.consume(n);
            if (n > 0) {
                bh.consume(floor.offset(n - 1));
            }
        }
    }

    @Benchmark
    public void tokenizer(Blackhole bh) {
        for (String text : texts) {
            bh.consume(Document.of(text, boilerplate, vocabulary).size());
        }
    }

    @Benchmark
    public void wordScan(Blackhole bh) {
        for (String text : texts) {
            bh.consume(WordScan.scan(text));
        }
    }

    @Benchmark
    public void paired(PairedClock clock, Blackhole bh) {
        long[] nanos = new long[STAGES];
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            // Rotate the order per text, so that no stage always finds the text in cache or always
            // follows the engine's eviction of it.
            for (int k = 0; k < STAGES; k++) {
                int stage = (i + k) % STAGES;
                long t0 = System.nanoTime();
                switch (stage) {
                    case ENGINE -> bh.consume(engine.analyze(text));
                    case FLOOR -> bh.consume(floor.locate(text));
                    case TOKENIZER -> bh.consume(Document.of(text, boilerplate, vocabulary).size());
                    default -> bh.consume(WordScan.scan(text));
                }
                nanos[stage] += System.nanoTime() - t0;
            }
        }
        clock.engineNanos += nanos[ENGINE];
        clock.floorNanos += nanos[FLOOR];
        clock.tokenizerNanos += nanos[TOKENIZER];
        clock.wordScanNanos += nanos[WORD_SCAN];
        clock.chars += totalChars;
    }
}
