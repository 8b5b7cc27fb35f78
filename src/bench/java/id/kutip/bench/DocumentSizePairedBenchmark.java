package id.kutip.bench;

import id.kutip.engine.AttributionEngine;
import java.util.ArrayList;
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
 * The four document sizes of {@link DocumentSizeBenchmark} in one benchmark: one operation analyses
 * the 2 MiB of text once at each size (2 KB, 20 KB, 200 KB, 1 MB) and clocks each size apart. The
 * sizes take turns per mebibyte of text (1 MB doc, 512 × 2 KB, 51 × 20 KB, 5 × 200 KB, then the next
 * mebibyte, the order rotating), so that load from other processes hits all sizes alike: its
 * 1MB/2KB ratio is the one to trust on a noisy machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocumentSizePairedBenchmark {

    static final int[] SIZES = {2048, 20480, 204800, 1048576};

    /** {@code default} or JSONL paths joined by {@code :}. */
    @Param("default")
    public String corpus;

    /** Time and characters per size, summed by JMH over the measured iterations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class SizeClock {
        public long nanos2KB;
        public long nanos20KB;
        public long nanos200KB;
        public long nanos1MB;
        public long chars2KB;
        public long chars20KB;
        public long chars200KB;
        public long chars1MB;

        @Setup(Level.Iteration)
        public void reset() {
            nanos2KB = nanos20KB = nanos200KB = nanos1MB = 0;
            chars2KB = chars20KB = chars200KB = chars1MB = 0;
        }
    }

    /** Text per turn: each size's documents that start in the same mebibyte of the stream. */
    static final int TURN_CHARS = 1_048_576;

    /** {@code docs[turn][size]}: the documents of one size that start in that turn's mebibyte. */
    private String[][][] docs;
    private long[] chars;
    private AttributionEngine engine;
    private int rotation;

    @Setup(Level.Trial)
    public void setUp() {
        var texts = Corpus.texts(corpus);
        int turns = (Corpus.SIZE_STREAM_CHARS + TURN_CHARS - 1) / TURN_CHARS;
        docs = new String[turns][SIZES.length][];
        chars = new long[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            var documents = Corpus.documents(texts, SIZES[s]);
            chars[s] = Corpus.chars(documents);
            List<List<String>> byTurn = new ArrayList<>();
            for (int t = 0; t < turns; t++) {
                byTurn.add(new ArrayList<>());
            }
            long start = 0;
            for (String doc : documents) {
                byTurn.get((int) (start / TURN_CHARS)).add(doc);
                start += doc.length();
            }
            for (int t = 0; t < turns; t++) {
                docs[t][s] = byTurn.get(t).toArray(new String[0]);
            }
        }
        engine = AttributionEngine.forLanguage("id").orElseThrow();
    }

    @Benchmark
    public void engine(SizeClock clock, Blackhole bh) {
        long[] nanos = new long[SIZES.length];
        int first = rotation++ & 3;
        for (String[][] turn : docs) {
            for (int k = 0; k < SIZES.length; k++) {
                int s = (first + k) & 3;
                long t0 = System.nanoTime();
                for (String doc : turn[s]) {
                    bh.consume(engine.analyze(doc));
                }
                nanos[s] += System.nanoTime() - t0;
            }
            first = (first + 1) & 3;
        }
        clock.nanos2KB += nanos[0];
        clock.nanos20KB += nanos[1];
        clock.nanos200KB += nanos[2];
        clock.nanos1MB += nanos[3];
        clock.chars2KB += chars[0];
        clock.chars20KB += chars[1];
        clock.chars200KB += chars[2];
        clock.chars1MB += chars[3];
    }
}
