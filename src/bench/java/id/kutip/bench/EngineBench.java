package id.kutip.bench;

import id.kutip.engine.AttributionEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the engine benchmarks and prints what they mean: characters per second for the engine, for
 * its tokenizer alone, for a bare word scan and for the quotation-mark floor, their ratios, and the
 * per-character cost for each document size.
 * Takes the usual JMH command-line options (run with {@code -h} for them); with no benchmark
 * regexp it runs {@link ThroughputBenchmark} and {@link DocumentSizePairedBenchmark}; with no {@code -rf}
 * the raw JMH results go to {@code target/bench/jmh-engine.json}, the summary to
 * {@code target/bench/engine-summary.txt}.
 */
public final class EngineBench {

    private static final double TARGET_CHARS_PER_SECOND = 20e6;
    private static final double TARGET_FLOOR_SHARE = 0.20;
    private static final double TARGET_SIZE_GROWTH = 2.0;

    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("bad JMH option: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams() || cli.shouldListProfilers()
                || cli.shouldListResultFormats()) {
            new Runner(cli).list();
            if (cli.shouldHelp()) {
                cli.showHelp();
            }
            return;
        }
        Path outDir = Path.of("target", "bench");
        Files.createDirectories(outDir);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            // DocumentSizeBenchmark (one JMH run per size) only when asked for, e.g. with the
            // regexp "id.kutip.bench": the paired size benchmark gives the same figures in a quarter
            // of the time and is steadier on a shared machine.
            options.include(ThroughputBenchmark.class.getName() + "\\.")
                    .include(DocumentSizePairedBenchmark.class.getName() + "\\.");
        }
        if (!cli.getResult().hasValue() && !cli.getResultFormat().hasValue()) {
            options.result(outDir.resolve("jmh-engine.json").toString()).resultFormat(ResultFormatType.JSON);
        }

        String loadBefore = loadAverage() + cpuPressure();
        Collection<RunResult> results = new Runner(options.build()).run();
        String loadAfter = loadAverage() + cpuPressure();

        String summary = summarise(results, loadBefore, loadAfter);
        System.out.println();
        System.out.print(summary);
        Files.writeString(outDir.resolve("engine-summary.txt"), summary, StandardCharsets.UTF_8);
        if (results.isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * The bodies {@link ThroughputBenchmark} times, each as its own benchmark method and inside
     * {@code paired} (whose counter for it is the method's name + {@code Nanos}).
     */
    private enum Body {
        ENGINE("engine", "engine", "engine"),
        FLOOR("floor", "floor (marks only)", "floor"),
        TOKENIZER("tokenizer", "tokenizer (stage 1)", "tokenizer"),
        WORD_SCAN("wordScan", "word scan (no rules)", "word scan");

        final String method;
        final String label;
        final String shortName;

        Body(String method, String label, String shortName) {
            this.method = method;
            this.label = label;
            this.shortName = shortName;
        }

        static Body ofMethod(String method) {
            for (Body b : values()) {
                if (b.method.equals(method)) {
                    return b;
                }
            }
            return null;
        }
    }

    /** What one corpus's runs measured; no entry (null) where a benchmark was not run. */
    private static final class Figures {
        List<String> texts;
        /** Chars per second in each body's own run, with its timing note, and inside {@code paired}. */
        final Map<Body, Double> rate = new EnumMap<>(Body.class);
        final Map<Body, String> line = new EnumMap<>(Body.class);
        final Map<Body, Double> pairedRate = new EnumMap<>(Body.class);
        final Map<Integer, Double> nsPerChar = new TreeMap<>();
        final Map<Integer, String> sizeNote = new TreeMap<>();
        final Map<Integer, Double> pairedNsPerChar = new TreeMap<>();
        final List<String> unsteady = new ArrayList<>();
    }

    private static String summarise(Collection<RunResult> results, String loadBefore, String loadAfter) {
        StringBuilder out = new StringBuilder();
        out.append("== Kutip engine benchmark ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" ==\n");
        out.append(String.format(Locale.ROOT, "machine: %d CPUs (%s), Java %s (%s)%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                System.getProperty("java.vm.name")));
        out.append(String.format(Locale.ROOT,
                "load average (1/5/15 min) before: %s, after: %s%n  (the benchmark itself makes a load of 1-2; more, or CPU pressure well above 0, means other processes shared the cores)%n",
                loadBefore, loadAfter));
        if (!results.isEmpty()) {
            var params = results.iterator().next().getParams();
            out.append(String.format(Locale.ROOT, "JMH: %d fork(s), warm-up %d x %s, measurement %d x %s, %d thread, fork JVM %s%n",
                    params.getForks(), params.getWarmup().getCount(), params.getWarmup().getTime(),
                    params.getMeasurement().getCount(), params.getMeasurement().getTime(), params.getThreads(),
                    String.join(" ", params.getJvmArgs())));
        }

        Map<String, Figures> byCorpus = new TreeMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String corpus = run.getParams().getParam("corpus");
            Figures f = byCorpus.computeIfAbsent(corpus, c -> new Figures());
            if (f.texts == null) {
                f.texts = Corpus.texts(corpus);
            }
            Result<?> primary = run.getPrimaryResult();
            double secondsPerOp = secondsPerOp(primary.getScore(), primary.getScoreUnit());
            double relError = primary.getScoreError() / primary.getScore();
            String timing = String.format(Locale.ROOT, "%.2f ms/op%s", secondsPerOp * 1e3,
                    Double.isNaN(relError) ? "" : String.format(Locale.ROOT, " ±%.0f%%", relError * 100));
            Map<String, Result> aux = run.getSecondaryResults();
            String steadiness = steadiness(run);
            if (steadiness != null) {
                String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
                f.unsteady.add(className.substring(className.lastIndexOf('.') + 1) + "." + method + paramSuffix(run)
                        + ": " + steadiness);
            }
            if (benchmark.startsWith(ThroughputBenchmark.class.getName() + ".")) {
                long chars = Corpus.chars(Corpus.repeatedTo(f.texts, Corpus.THROUGHPUT_CHARS));
                Body body = Body.ofMethod(method);
                if (body != null) {
                    f.rate.put(body, chars / secondsPerOp);
                    f.line.put(body, timing);
                } else if (method.equals("paired")) {
                    double pairedChars = aux.get("chars").getScore();
                    for (Body b : Body.values()) {
                        f.pairedRate.put(b, pairedChars / (aux.get(b.method + "Nanos").getScore() / 1e9));
                    }
                }
            } else if (benchmark.startsWith(DocumentSizeBenchmark.class.getName() + ".")) {
                int size = Integer.parseInt(run.getParams().getParam("size"));
                long chars = Corpus.chars(Corpus.documents(f.texts, size));
                f.nsPerChar.put(size, secondsPerOp * 1e9 / chars);
                f.sizeNote.put(size, timing);
            } else if (benchmark.startsWith(DocumentSizePairedBenchmark.class.getName() + ".")) {
                for (int size : DocumentSizePairedBenchmark.SIZES) {
                    String label = label(size);
                    f.pairedNsPerChar.put(size,
                            aux.get("nanos" + label).getScore() / aux.get("chars" + label).getScore());
                }
            }
        }

        for (var entry : byCorpus.entrySet()) {
            Figures f = entry.getValue();
            long opChars = Corpus.chars(Corpus.repeatedTo(f.texts, Corpus.THROUGHPUT_CHARS));
            out.append(String.format(Locale.ROOT, "%n-- corpus=%s: %d texts, %,d chars, repeated to %,d chars per operation%n",
                    entry.getKey(), f.texts.size(), Corpus.chars(f.texts), opChars));
            out.append("   ").append(sanity(f.texts)).append('\n');
            out.append(String.format(Locale.ROOT, "%-23s%-29s%s%n", "throughput, M chars/s", "separate runs", "interleaved (paired)"));
            for (Body b : Body.values()) {
                out.append(String.format(Locale.ROOT, "  %-21s%s   %s%n", b.label,
                        cell(f.rate.get(b), 1e-6, f.line.get(b)), cell(f.pairedRate.get(b), 1e-6, null)));
            }
            for (Body b : Body.values()) {
                if (b != Body.FLOOR) {
                    out.append(String.format(Locale.ROOT, "  %-21s%s   %s%n", b.shortName + "/floor",
                            percent(f.rate.get(b), f.rate.get(Body.FLOOR)),
                            percent(f.pairedRate.get(b), f.pairedRate.get(Body.FLOOR))));
                }
            }
            out.append(String.format(Locale.ROOT, "  the tokenizer takes %s of the engine's time (separate runs), %s (paired)%n",
                    share(f.rate.get(Body.ENGINE), f.rate.get(Body.TOKENIZER)),
                    share(f.pairedRate.get(Body.ENGINE), f.pairedRate.get(Body.TOKENIZER))));
            if (!f.nsPerChar.isEmpty() || !f.pairedNsPerChar.isEmpty()) {
                out.append(String.format(Locale.ROOT, "%-23s%-29s%s%n", "per-char cost, ns/char", "separate runs", "interleaved (paired)"));
                for (int size : DocumentSizePairedBenchmark.SIZES) {
                    int docs = Corpus.SIZE_STREAM_CHARS / size;
                    out.append(String.format(Locale.ROOT, "  %-5s (%4d docs)    %s   %s%n", label(size), docs,
                            cell(f.nsPerChar.get(size), 1, f.sizeNote.get(size)), cell(f.pairedNsPerChar.get(size), 1, null)));
                }
                out.append(String.format(Locale.ROOT, "  1MB/2KB              %s   %s%n",
                        times(f.nsPerChar.get(1_048_576), f.nsPerChar.get(2048)),
                        times(f.pairedNsPerChar.get(1_048_576), f.pairedNsPerChar.get(2048))));
            }
            if (!f.unsteady.isEmpty()) {
                out.append("UNSTEADY (slowest/fastest measured iteration > ").append(UNSTEADY)
                        .append("; the machine was busy or the warm-up too short: rerun, e.g. with -wi 20):\n");
                f.unsteady.forEach(u -> out.append("  ").append(u).append('\n'));
            }
            out.append("targets (issue 5), separate / interleaved:\n");
            out.append(String.format(Locale.ROOT, "  engine >= %.0f M chars/s on one core: %s / %s%n", TARGET_CHARS_PER_SECOND / 1e6,
                    verdict(f.rate.get(Body.ENGINE), r -> r >= TARGET_CHARS_PER_SECOND),
                    verdict(f.pairedRate.get(Body.ENGINE), r -> r >= TARGET_CHARS_PER_SECOND)));
            out.append(String.format(Locale.ROOT, "  engine >= %.0f %% of the floor:        %s / %s%n", TARGET_FLOOR_SHARE * 100,
                    verdict(ratio(f.rate.get(Body.ENGINE), f.rate.get(Body.FLOOR)), r -> r >= TARGET_FLOOR_SHARE),
                    verdict(ratio(f.pairedRate.get(Body.ENGINE), f.pairedRate.get(Body.FLOOR)), r -> r >= TARGET_FLOOR_SHARE)));
            out.append(String.format(Locale.ROOT, "  1MB per-char cost <= %.0fx 2KB's:     %s / %s%n", TARGET_SIZE_GROWTH,
                    verdict(ratio(f.nsPerChar.get(1_048_576), f.nsPerChar.get(2048)), r -> r <= TARGET_SIZE_GROWTH),
                    verdict(ratio(f.pairedNsPerChar.get(1_048_576), f.pairedNsPerChar.get(2048)), r -> r <= TARGET_SIZE_GROWTH)));
        }
        return out.toString();
    }

    private static final double UNSTEADY = 1.5;

    /** Null when the measured iterations agree; otherwise how far apart they are. */
    private static String steadiness(RunResult run) {
        double min = Double.MAX_VALUE;
        double max = 0;
        List<Double> scores = new ArrayList<>();
        for (var benchmarkResult : run.getBenchmarkResults()) {
            for (var iteration : benchmarkResult.getIterationResults()) {
                double score = iteration.getPrimaryResult().getScore();
                scores.add(score);
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
        }
        if (scores.size() < 2 || max / min <= UNSTEADY) {
            return null;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.1fx apart;", max / min));
        scores.forEach(v -> sb.append(String.format(Locale.ROOT, " %.1f", v)));
        return sb.append(' ').append(run.getPrimaryResult().getScoreUnit()).toString();
    }

    private static String paramSuffix(RunResult run) {
        String size = run.getParams().getParam("size");
        return size == null ? "" : " size=" + size;
    }

    private static String cell(Double value, double scale, String note) {
        if (value == null) {
            return String.format(Locale.ROOT, "%-26s", "-");
        }
        String v = String.format(Locale.ROOT, "%,9.2f", value * scale);
        return String.format(Locale.ROOT, "%-26s", note == null ? v : v + " (" + note + ")");
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null ? null : a / b;
    }

    private static String percent(Double a, Double b) {
        Double r = ratio(a, b);
        return String.format(Locale.ROOT, "%-26s", r == null ? "-" : String.format(Locale.ROOT, "%9.1f %%", 100 * r));
    }

    /**
     * The share of the time per operation, unpadded; {@code a} and {@code b} are rates over the same
     * chars, so the time of {@code b} over that of {@code a} is {@code a / b}.
     */
    private static String share(Double a, Double b) {
        Double r = ratio(a, b);
        return r == null ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * r);
    }

    private static String times(Double a, Double b) {
        Double r = ratio(a, b);
        return String.format(Locale.ROOT, "%-26s", r == null ? "-" : String.format(Locale.ROOT, "%9.2f x", r));
    }

    private static String verdict(Double value, java.util.function.DoublePredicate met) {
        return value == null ? "-" : met.test(value) ? "met" : "NOT met";
    }

    /** What the engine and the floor find in the corpus, once each: shows both do real work. */
    private static String sanity(List<String> texts) {
        AttributionEngine engine = AttributionEngine.forLanguage("id").orElseThrow();
        QuoteMarkFloor floor = new QuoteMarkFloor();
        long attributions = 0;
        long marks = 0;
        for (String text : texts) {
            attributions += engine.analyze(text).attributions().size();
            int found = floor.locate(text);
            int expected = (int) text.chars().filter(c -> "\"“”‘’'«»„".indexOf(c) >= 0).count();
            if (found != expected) {
                throw new IllegalStateException("floor found " + found + " quotation marks, expected " + expected);
            }
            marks += found;
        }
        return String.format(Locale.ROOT, "in these texts the engine finds %,d attributions, the floor %,d quotation marks",
                attributions, marks);
    }

    /** Seconds per operation from a JMH score in any time unit, per op or ops per time. */
    static double secondsPerOp(double score, String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("unexpected JMH score unit: " + unit);
        }
        if (parts[1].equals("op")) {
            return score * seconds(parts[0]);
        }
        if (parts[0].equals("ops")) {
            return seconds(parts[1]) / score;
        }
        throw new IllegalArgumentException("unexpected JMH score unit: " + unit);
    }

    private static double seconds(String unit) {
        switch (unit) {
            case "ns": return 1e-9;
            case "us": return 1e-6;
            case "ms": return 1e-3;
            case "s": return 1;
            case "min": return 60;
            case "hr": return 3600;
            case "day": return 86400;
            default: throw new IllegalArgumentException("unexpected JMH time unit: " + unit);
        }
    }

    private static String label(int size) {
        return size >= 1_048_576 ? size / 1_048_576 + "MB" : size / 1024 + "KB";
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Linux PSI: share of the last 60 s in which some runnable task waited for a CPU. */
    static String cpuPressure() {
        try {
            for (String field : Files.readAllLines(Path.of("/proc/pressure/cpu")).get(0).split(" ")) {
                if (field.startsWith("avg60=")) {
                    return " (CPU pressure " + field.substring(6) + " %)";
                }
            }
        } catch (IOException | RuntimeException e) {
            // no PSI here
        }
        return "";
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable
        }
        return System.getProperty("os.arch");
    }
}
