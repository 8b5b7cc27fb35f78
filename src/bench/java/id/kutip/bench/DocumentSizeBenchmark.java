package id.kutip.bench;

import id.kutip.engine.AttributionEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Per-character cost as documents grow. One operation = 2 MiB of corpus text, cut into documents
 * of {@code size} characters (1024 × 2 KB … 2 × 1 MB), each analysed on its own: the same text at
 * every size, so a cost that grows with size shows up as a higher ns/char.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class DocumentSizeBenchmark {

    /** {@code default} or JSONL paths joined by {@code :}. */
    @Param("default")
    public String corpus;

    /** Document length in characters: 2 KB, 20 KB, 200 KB, 1 MB. */
    @Param({"2048", "20480", "204800", "1048576"})
    public int size;

    private String[] docs;
    private AttributionEngine engine;

    @Setup(Level.Trial)
    public void setUp() {
        List<String> documents = Corpus.documents(Corpus.texts(corpus), size);
        docs = documents.toArray(new String[0]);
        engine = AttributionEngine.forLanguage("id").orElseThrow();
    }

    @Benchmark
    public void engine(Blackhole bh) {
        for (String doc : docs) {
            bh.consume(engine.analyze(doc));
        }
    }
}
