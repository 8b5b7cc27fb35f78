package id.kutip.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link HtmlExtractionBenchmark} and prints what it means: the cost of HTML extraction per
 * character of page and per character of the article text it yields, beside the engine's per
 * character of that text. Takes the usual JMH command-line options; raw results go to
 * {@code target/bench/jmh-html.json}, the summary to {@code target/bench/html-summary.txt}.
 */
public final class HtmlBench {

    private HtmlBench() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Path outDir = Path.of("target", "bench");
        Files.createDirectories(outDir);
        var options = new OptionsBuilder().parent(cli).include(HtmlExtractionBenchmark.class.getName() + "\\.");
        if (!cli.getResult().hasValue()) {
            options.result(outDir.resolve("jmh-html.json").toString()).resultFormat(ResultFormatType.JSON);
        }
        String loadBefore = EngineBench.loadAverage() + EngineBench.cpuPressure();
        Collection<RunResult> results = new Runner(options.build()).run();
        String loadAfter = EngineBench.loadAverage() + EngineBench.cpuPressure();

        StringBuilder out = new StringBuilder();
        out.append("== Kutip HTML extraction benchmark ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" ==\n");
        out.append(String.format(Locale.ROOT, "machine: %d CPUs (%s), Java %s; load average (1/5/15 min) before: %s, "
                + "after: %s%n", Runtime.getRuntime().availableProcessors(), EngineBench.cpuModel(),
                System.getProperty("java.version"), loadBefore, loadAfter));
        for (RunResult run : results) {
            Map<String, Result> aux = run.getSecondaryResults();
            double extract = aux.get("extractNanos").getScore();
            double engine = aux.get("engineNanos").getScore();
            double pageChars = aux.get("pageChars").getScore();
            double textChars = aux.get("textChars").getScore();
            out.append(String.format(Locale.ROOT, "corpus=%s, served as news pages: %.2f page chars per article "
                    + "text char%n", run.getParams().getParam("corpus"), pageChars / textChars));
            out.append(String.format(Locale.ROOT, "  HTML extraction  %6.1f ns per page char   %6.1f ns per text char%n",
                    extract / pageChars, extract / textChars));
            out.append(String.format(Locale.ROOT, "  engine                                    %6.1f ns per text char%n",
                    engine / textChars));
            out.append(String.format(Locale.ROOT, "  extraction / engine, per text char: %.2f (paired, same run)%n",
                    extract / engine));
        }
        System.out.println();
        System.out.print(out);
        Files.writeString(outDir.resolve("html-summary.txt"), out.toString(), StandardCharsets.UTF_8);
        if (results.isEmpty()) {
            System.exit(1);
        }
    }
}
