package id.kutip.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML extraction's time grows linearly with the page, also on pages built to make a careless
 * extractor go quadratic (deep nesting, thousands of siblings to drop, nested quotations). Each
 * page family is measured at {@value #SMALL} and sixteen times that many characters; the larger may
 * cost at most {@value #MAX_RATIO} times as much (linear is 16, quadratic 256). Only the growth is
 * judged, never an absolute time. Against noise on a shared machine: the test thread's CPU time,
 * each sample repeated for at least 10 ms, the best of {@value #SAMPLES} samples, and a ratio over
 * the limit measured again before the test fails.
 */
class HtmlLinearTimeTest {

    static final int SMALL = 1 << 16;
    static final int LARGE = 1 << 20;
    static final double MAX_RATIO = 64.0;
    private static final int SAMPLES = 3;
    private static final long MIN_SAMPLE_NANOS = 10_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static volatile int sink;

    static Stream<Arguments> families() {
        return Stream.of(
                family("deeply nested divs", n -> repeat("<div>", n) + "<p>x</p>"),
                family("deeply nested quotations", n -> repeat("<q>", n) + "x"),
                family("deeply nested blockquotes", n -> repeat("<blockquote>", n) + "<p>x</p>"),
                family("inline elements around every paragraph", n -> repeat("<span>", n / 2)
                        + repeat("<p>kata</p>", n / 2)),
                family("thousands of siblings named as furniture", n -> repeat("<p class=\"share\">kata Budi</p>", n)),
                family("thousands of scripts to leave out", n -> "<p>a</p>" + repeat("<script>x</script>", n)),
                family("nested articles", n -> repeat("<article><p>a</p>", n)),
                family("nested furniture boxes in an article", n -> "<article>"
                        + repeat("<div class=\"related\"><p>a</p>", n)),
                family("table cells", n -> "<table>" + repeat("<tr><td>a</td><td>b</td></tr>", n)),
                family("news pages one after another", n -> repeat(NewsPages.page("Judul",
                        "\"Kami siap,\" kata Budi.\nHujan turun sejak pagi."), n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void timeGrowsLinearly(String family, IntFunction<String> page) {
        String small = page.apply(SMALL);
        String large = page.apply(LARGE);
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            sink += HtmlText.extract(small).length() + HtmlText.extract(large).length();
        }
        double ratio = ratio(small, large);
        for (int again = 0; again < 2 && ratio > MAX_RATIO; again++) {
            ratio = Math.min(ratio, ratio(small, large));
        }
        System.out.printf("[html linear] %-45s %,d → %,d chars: %.1f× the time%n", family, small.length(),
                large.length(), ratio);
        assertTrue(ratio <= MAX_RATIO, family + ": 16 times the page cost " + ratio + " times the time");
    }

    private static double ratio(String small, String large) {
        return (double) bestNanosPerCall(large) / bestNanosPerCall(small);
    }

    private static long bestNanosPerCall(String page) {
        long best = Long.MAX_VALUE;
        for (int s = 0; s < SAMPLES; s++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            int calls = 0;
            long spent;
            do {
                sink += HtmlText.extract(page).length();
                calls++;
                spent = THREADS.getCurrentThreadCpuTime() - t0;
            } while (spent < MIN_SAMPLE_NANOS);
            best = Math.min(best, spent / calls);
        }
        return best;
    }

    private static Arguments family(String name, IntFunction<String> page) {
        return Arguments.of(name, page);
    }

    /** {@code unit} repeated to about {@code chars} characters. */
    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }
}
