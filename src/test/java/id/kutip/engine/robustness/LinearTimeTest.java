package id.kutip.engine.robustness;

import static org.junit.jupiter.api.Assertions.fail;

import id.kutip.engine.Analysis;
import id.kutip.engine.AttributionEngine;
import id.kutip.engine.QuoteType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's time grows linearly with the input, also on inputs built to make a careless scanner,
 * pairer or regex go quadratic. Each family of adversarial input is doubled from 64 K to 1 M chars;
 * the time per call is the best of several samples after warm-up, and quadrupling the input may cost
 * at most {@value #MAX_RATIO_PER_QUADRUPLING} times as much (linear is 4, quadratic 16), and the
 * sixteenfold input at most {@value #MAX_RATIO_OVERALL} times as much (linear 16, quadratic 256).
 * There is no absolute time limit: only the growth is judged, so slow machines pass too.
 *
 * <p>Against noise on a shared 2-core machine: time is the test thread's CPU time, each sample
 * repeats the call for at least 10 ms, the best of 7 samples counts (of 3 for calls over 50 ms), and
 * a ratio over the limit is measured again (both sizes, alternating) up to {@value #CONFIRMATIONS}
 * times before the test fails, after a pause that grows each time. CPU time does not count other
 * processes' time, but another JVM on the other core still slows this one through the shared cache
 * and memory bus, mostly on the large inputs (a 1 M-char text and its tokens do not fit in cache):
 * once 14.7× was measured for 4× the input while a build ran beside the test. Such a burst passes;
 * a quadratic engine stays slow however often it is measured, so it still fails, only later. Sizes are
 * checked smallest first and the test stops at the first confirmed bad ratio, so an engine that goes
 * quadratic fails early instead of spending minutes on the 1 M input.
 */
class LinearTimeTest {

    private static final AttributionEngine ENGINE = AttributionEngine.forLanguage("id").orElseThrow();

    private static final int[] SIZES = {1 << 16, 1 << 17, 1 << 18, 1 << 19, 1 << 20};
    static final double MAX_RATIO_PER_QUADRUPLING = 12.0;
    static final double MAX_RATIO_OVERALL = 64.0;

    /** How often a bad ratio is measured again before the test fails, and the pause before the first time. */
    private static final int CONFIRMATIONS = 5;
    private static final long FIRST_PAUSE_MILLIS = 250;
    /** Samples per size; the best one counts. Calls slower than {@link #SLOW_CALL_NANOS} get fewer. */
    private static final int SAMPLES = 7;
    private static final int SLOW_CALL_SAMPLES = 3;
    private static final long SLOW_CALL_NANOS = 50_000_000L;
    /** Each sample repeats the call until it has run at least this long, so tiny times are measurable. */
    private static final long MIN_SAMPLE_NANOS = 10_000_000L;

    private static volatile long sink;

    /** Repeats {@code unit} to about {@code chars} chars (a whole number of units). */
    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    private static String wrap(String prefix, String unit, String suffix, int chars) {
        return prefix + repeat(unit, chars - prefix.length() - suffix.length()) + suffix;
    }

    static Stream<Arguments> families() {
        List<Arguments> families = new ArrayList<>();
        add(families, "unpaired opening curly marks", n -> repeat("“Warga menunggu ", n));
        add(families, "unpaired closing curly marks with cues", n -> repeat("Ya,” kata Budi ", n));
        add(families, "straight marks only", n -> repeat("\"", n));
        add(families, "one opening mark, then text that never closes it",
                n -> wrap("“", "Harga beras naik lagi, kata pedagang, dan pembeli mengeluh ", "", n));
        add(families, "one quote spanning the whole input, closed at the end",
                n -> wrap("\"", "Kami akan bekerja keras untuk warga ", ",\" kata Budi Santoso.", n));
        add(families, "cue words repeated: kata kata kata", n -> repeat("kata ", n));
        add(families, "pronoun cues repeated", n -> repeat("katanya, ujarnya, kata dia, ", n));
        add(families, "quote-cue chain: \"a,\" kata \"b,\" kata", n -> repeat("\"a,\" kata ", n));
        add(families, "closing cue then thousands of capitalised words",
                n -> wrap("\"Harga naik,\" kata ", "Adi Budi Candra ", ".", n));
        add(families, "thousands of capitalised words then an opening cue",
                n -> wrap("", "Adi Budi Candra ", "mengatakan, \"Harga naik.\"", n));
        add(families, "capitalised words without any cue", n -> repeat("Kepala Dinas Kota Sukamaju ", n));
        add(families, "one huge paragraph of news sentences", n -> repeat(
                "Banjir merendam tiga desa sejak Senin. \"Kami sudah mengirim perahu karet,\" kata Kepala BPBD "
                        + "Rina Wijaya. Menurut dia, air mulai surut. Ia mengatakan bahwa bantuan akan tiba besok. ", n));
        add(families, "many tiny paragraphs", n -> repeat("\"Ya,\" kata Ani.\n\n", n));
        add(families, "many uncued quote paragraphs after one speaker",
                n -> wrap("\"Mulai,\" kata Budi.\n\n", "\"Lanjut.\"\n\n", "", n));
        add(families, "a quotation reopened in every paragraph, never closed", n -> repeat("“Kalimat berikutnya.\n\n", n));
        add(families, "lines of lone CR and CRLF", n -> repeat("a\rb\r\n\"", n));
        add(families, "deeply alternating marks", n -> repeat(TextGenerators.ALTERNATING, n));
        add(families, "deeply nested marks", n -> {
            int depth = n / 8;
            return "“‘«\"".repeat(depth) + "isi" + "\"»’”".repeat(depth);
        });
        add(families, "according-to and reported-speech cues repeated", n -> repeat("Menurut dia, Ia mengatakan bahwa ", n));
        add(families, "boilerplate lines", n -> repeat("Baca juga: Harga Cabai Naik Lagi\n", n));
        add(families, "hard-wrapped lines, a blank line between paragraphs", n -> repeat(
                "\"Air naik cepat sekali, dalam satu jam sudah setinggi lutut orang\ndewasa,\" kata Kepala Desa "
                        + "Hendra Wijaya kepada\nwartawan yang datang ke balai desa pada Kamis malam.\n\n", n));
        add(families, "headlines, datelines and links run together on one line", n -> repeat(
                "Warga Sukamaju Keluhkan Jalan Rusak SUKAMAJU, KABARWARGA.com - Jalan desa rusak. \"Kami menunggu,\" "
                        + "kata warga. Baca juga: Bupati Janjikan Perbaikan Jalan Kepala Dinas Budi Santoso mengatakan "
                        + "jalan segera diperbaiki. ", n));
        add(families, "one name after thousands of run-in headlines", n -> repeat(
                "\"Ya,\" kata Dedi. Harga Beras Turun di Pasar Dedi Kurniawan juga mengatakan harga turun. ", n));
        add(families, "capitalised words and full stops, no quotation", n -> repeat("Adi Budi Candra Dedi Eko. ", n));
        add(families, "two single marks for one double mark", n -> repeat("‘’Ya,’’ kata Budi. ''Tidak,'' ", n));
        add(families, "quotations running into the next paragraph without a reopening mark",
                n -> repeat("\"Kalimat satu.\nKalimat dua,\" kata Ani.\n", n));
        return families.stream();
    }

    private static void add(List<Arguments> families, String name, IntFunction<String> build) {
        families.add(Arguments.of(name, build));
    }

    @BeforeAll
    static void warmUp() {
        // Let the JIT compile the engine's hot paths on varied input before anything is timed.
        long until = System.nanoTime() + 2_000_000_000L;
        List<IntFunction<String>> builders = families().map(a -> (IntFunction<String>) a.get()[1]).toList();
        while (System.nanoTime() < until) {
            for (IntFunction<String> build : builders) {
                sink += ENGINE.analyze(build.apply(SIZES[0])).attributions().size();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void growsLinearly(String family, IntFunction<String> build) {
        double[] nanosPerCall = new double[SIZES.length];
        String[] texts = new String[SIZES.length];
        int[] lengths = new int[SIZES.length];
        for (int k = 0; k < SIZES.length; k++) {
            texts[k] = build.apply(SIZES[k]);
            lengths[k] = texts[k].length();
            nanosPerCall[k] = bestNanosPerCall(texts[k]);
            if (k >= 2) {
                double allowed = MAX_RATIO_PER_QUADRUPLING * lengths[k] / lengths[k - 2] / 4.0;
                checkRatio(family, build, texts, nanosPerCall, lengths, k - 2, k, allowed);
            }
        }
        int last = SIZES.length - 1;
        double allowed = MAX_RATIO_OVERALL * lengths[last] / lengths[0] / 16.0;
        checkRatio(family, build, texts, nanosPerCall, lengths, 0, last, allowed);
        System.out.printf(Locale.ROOT, "[linear] %-60s %s%n", family, table(nanosPerCall, lengths, last, null).strip()
                .replaceAll("\\s+", " "));
        // The largest input must also give a well-formed answer.
        PropertyRunner.check(family + " (largest size)", texts[last], t -> AnalysisInvariants.check(t,
                EnumSet.allOf(QuoteType.class), ENGINE.analyze(t)));
    }

    /**
     * Fails if the time ratio between sizes {@code small} and {@code large} exceeds {@code allowed},
     * after measuring both again up to {@value #CONFIRMATIONS} times (keeping the best time of each),
     * so that one noisy sample (JIT, GC, the other core busy) does not fail the build.
     */
    private static void checkRatio(String family, IntFunction<String> build, String[] texts, double[] nanosPerCall,
                                   int[] lengths, int small, int large, double allowed) {
        for (int attempt = 0; nanosPerCall[large] / nanosPerCall[small] > allowed; attempt++) {
            if (attempt == CONFIRMATIONS) {
                fail(String.format(Locale.ROOT, "time grows faster than linearly on \"%s\": %.1f× the input took "
                                + "%.1f× the time (at most %.1f× allowed; best of several samples, measured again %d times)%n%s",
                        family, (double) lengths[large] / lengths[small], nanosPerCall[large] / nanosPerCall[small],
                        allowed, CONFIRMATIONS, table(nanosPerCall, lengths, large, build)));
            }
            // Wait for a burst of load elsewhere to pass (longer each time), then measure both sizes again,
            // alternating, so that what load remains hits both alike.
            pause(FIRST_PAUSE_MILLIS << attempt);
            for (int s = 0; s < SLOW_CALL_SAMPLES; s++) {
                nanosPerCall[small] = Math.min(nanosPerCall[small], sample(texts[small], repeatsFor(texts[small])));
                nanosPerCall[large] = Math.min(nanosPerCall[large], sample(texts[large], repeatsFor(texts[large])));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out load", e);
        }
    }

    /**
     * Best of {@link #SAMPLES} samples of the time of one call, each sample repeating the call for
     * at least {@link #MIN_SAMPLE_NANOS}. Time is the measuring thread's CPU time where the JVM
     * offers it, so that other processes on a shared machine count less; wall-clock time otherwise.
     */
    private static double bestNanosPerCall(String text) {
        System.gc(); // start each measurement without the previous size's garbage
        long single = timeOfOneCall(text);
        int repeats = (int) Math.max(1, Math.min(10_000, MIN_SAMPLE_NANOS / single));
        int samples = single > SLOW_CALL_NANOS ? SLOW_CALL_SAMPLES : SAMPLES;
        double best = Double.MAX_VALUE;
        for (int s = 0; s < samples; s++) {
            best = Math.min(best, sample(text, repeats));
        }
        return best;
    }

    private static long timeOfOneCall(String text) {
        long start = now();
        sink += ENGINE.analyze(text).attributions().size();
        return Math.max(1, now() - start);
    }

    private static int repeatsFor(String text) {
        return (int) Math.max(1, Math.min(10_000, MIN_SAMPLE_NANOS / timeOfOneCall(text)));
    }

    private static double sample(String text, int repeats) {
        long start = now();
        for (int i = 0; i < repeats; i++) {
            Analysis a = ENGINE.analyze(text);
            sink += a.attributions().size();
        }
        return (double) (now() - start) / repeats;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    static {
        if (CPU_TIME && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String table(double[] nanosPerCall, int[] lengths, int upTo, IntFunction<String> build) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k <= upTo; k++) {
            out.append(String.format(Locale.ROOT, "  %,9d chars: %9.3f ms%s%n", lengths[k], nanosPerCall[k] / 1e6,
                    k == 0 ? "" : String.format(Locale.ROOT, " (%.2f× the previous size's time)",
                            nanosPerCall[k] / nanosPerCall[k - 1])));
        }
        if (build != null) {
            out.append("  input starts: ").append(Literals.javaShort(build.apply(SIZES[0]), 120));
        }
        return out.toString();
    }
}
