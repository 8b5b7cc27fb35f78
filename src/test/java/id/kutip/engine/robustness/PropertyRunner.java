package id.kutip.engine.robustness;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small property-based test runner for string inputs: generates inputs from a seed, runs a
 * property on each, and when one fails shrinks it to a smallest input that fails the same way
 * (same broken invariant, or same exception type thrown from the same place), then fails the test
 * with that input as a pasteable Java literal.
 *
 * <p>Runs are reproducible: input {@code i} of a property depends only on the seed, the property
 * name and {@code i}. System properties (pass them to Maven with {@code -D}):
 * <ul>
 *   <li>{@code kutip.props.seed}: a number, or {@code random} for a fresh seed each run (printed on
 *       failure); default {@value #DEFAULT_SEED}</li>
 *   <li>{@code kutip.props.tries-factor}: multiplies every property's number of tries (e.g.
 *       {@code 0.1} for a quick run, {@code 10} for a long hunt); default 1</li>
 * </ul>
 *
 * <p>Written for this project instead of using a property-testing library: see the commit that
 * added it for why.
 */
final class PropertyRunner {

    static final String SEED_PROPERTY = "kutip.props.seed";
    static final String TRIES_PROPERTY = "kutip.props.tries-factor";
    static final long DEFAULT_SEED = 6_082_024L;

    /** How many candidate inputs the shrinker may try, and for how long, before reporting what it has. */
    private static final int SHRINK_MAX_RUNS = 20_000;
    private static final long SHRINK_MAX_NANOS = 60_000_000_000L;

    /** A check of one input; it fails by throwing. */
    @FunctionalInterface
    interface Property {
        void check(String input) throws Throwable;
    }

    /** Makes one input from a random source. */
    @FunctionalInterface
    interface Generator {
        String generate(SplittableRandom random);
    }

    private record Failure(String kind, Throwable cause) {
    }

    private PropertyRunner() {
    }

    /** The seed of this run: the system property if set, else the fixed default. */
    static long seed() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SEED;
        }
        if (value.trim().toLowerCase(Locale.ROOT).equals("random")) {
            return RANDOM_SEED;
        }
        return Long.parseLong(value.trim());
    }

    private static final long RANDOM_SEED = (System.nanoTime() ^ 0x5DEECE66DL) & Long.MAX_VALUE;

    /** {@code tries} scaled by the tries-factor system property, at least 1. */
    static int scaled(int tries) {
        String value = System.getProperty(TRIES_PROPERTY);
        double factor = value == null || value.isBlank() ? 1.0 : Double.parseDouble(value.trim());
        return Math.max(1, (int) Math.round(tries * factor));
    }

    /** The random source for input {@code index} of property {@code name}. */
    static SplittableRandom randomFor(long seed, String name, int index) {
        long mixed = seed * 0x9E3779B97F4A7C15L + name.hashCode() * 0xC2B2AE3D27D4EB4FL + index;
        return new SplittableRandom(mixed);
    }

    /**
     * Checks {@code property} on {@code tries} generated inputs (scaled by the tries factor).
     *
     * @throws AssertionError with the smallest failing input found, if any input fails
     */
    static void forAll(String name, int tries, Generator generator, Property property) {
        long seed = seed();
        int n = scaled(tries);
        long started = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < n; i++) {
            String input = generator.generate(randomFor(seed, name, i));
            chars += input.length();
            Failure failure = run(property, input);
            if (failure != null) {
                throw report(name, true, seed, i, n, input, failure, property);
            }
        }
        System.out.printf(Locale.ROOT, "[properties] %s: %d inputs (%d chars) passed in %d ms, seed %d%n",
                name, n, chars, (System.nanoTime() - started) / 1_000_000, seed);
    }

    /** Checks {@code property} on one fixed input, shrinking it if it fails. */
    static void check(String name, String input, Property property) {
        Failure failure = run(property, input);
        if (failure != null) {
            throw report(name, false, 0, 0, 1, input, failure, property);
        }
    }

    private static Failure run(Property property, String input) {
        try {
            property.check(input);
            return null;
        } catch (InvariantViolation v) {
            return new Failure("broke invariant \"" + v.invariant() + "\"", v);
        } catch (Throwable t) {
            return new Failure("threw " + t.getClass().getName() + where(t), t);
        }
    }

    /** Where an exception came from: its first frame outside the test harness and the JDK. */
    private static String where(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String cls = frame.getClassName();
            if (!cls.startsWith(PropertyRunner.class.getPackageName()) && !cls.startsWith("java.")
                    && !cls.startsWith("jdk.") && !cls.startsWith("sun.")) {
                return " at " + cls + "." + frame.getMethodName();
            }
        }
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName();
    }

    private static AssertionError report(String name, boolean generated, long seed, int index, int tries, String original,
                                         Failure first, Property property) {
        Shrunk shrunk = shrink(original, first, property);
        StringBuilder message = new StringBuilder();
        message.append("Property \"").append(name).append("\" failed: the engine ").append(first.kind()).append('\n');
        message.append("  what broke: ").append(firstLine(shrunk.failure.cause())).append('\n');
        message.append("  smallest failing input (").append(shrunk.input.length()).append(" chars, Java literal):\n    ")
                .append(Literals.javaShort(shrunk.input, 2_000)).append('\n');
        message.append("  shrunk from ").append(original.length()).append(" chars in ").append(shrunk.steps)
                .append(" steps (").append(shrunk.runs).append(" runs").append(shrunk.complete ? "" : ", budget exhausted")
                .append(")\n");
        if (generated) {
            message.append("  generated input ").append(index + 1).append(" of ").append(tries).append(", seed ")
                    .append(seed).append("; reproduce with -D").append(SEED_PROPERTY).append('=').append(seed).append('\n');
        }
        message.append("  original input: ").append(Literals.javaShort(original, 300));
        return new AssertionError(message.toString(), shrunk.failure.cause());
    }

    private static String firstLine(Throwable t) {
        String text = t.getMessage() == null ? t.toString() : t.getMessage();
        return text.length() > 4_000 ? text.substring(0, 4_000) + "…" : text;
    }

    private record Shrunk(String input, Failure failure, int steps, int runs, boolean complete) {
    }

    /**
     * Greedy delta debugging on UTF-16 units: remove ever smaller chunks while the input still fails
     * the same way, then try to replace each remaining char by a plain letter or space. Works on
     * chars, not code points, so it may leave a lone surrogate if that is what breaks the engine.
     */
    private static Shrunk shrink(String input, Failure first, Property property) {
        String current = input;
        Failure currentFailure = first;
        int steps = 0;
        int runs = 0;
        long deadline = System.nanoTime() + SHRINK_MAX_NANOS;
        boolean progress = true;
        boolean complete = true;
        outer:
        while (progress) {
            progress = false;
            for (int chunk = Math.max(1, current.length() / 2); ; chunk = Math.max(1, chunk / 2)) {
                int i = 0;
                while (i < current.length()) {
                    if (runs >= SHRINK_MAX_RUNS || System.nanoTime() > deadline) {
                        complete = false;
                        break outer;
                    }
                    String candidate = current.substring(0, i) + current.substring(Math.min(current.length(), i + chunk));
                    Failure f = run(property, candidate);
                    runs++;
                    if (f != null && f.kind().equals(first.kind())) {
                        current = candidate;
                        currentFailure = f;
                        steps++;
                        progress = true;
                    } else {
                        i += chunk;
                    }
                }
                if (chunk == 1) {
                    break;
                }
            }
            if (current.length() <= 200) {
                for (int i = 0; i < current.length(); i++) {
                    for (char simpler : new char[] {'a', ' '}) {
                        char c = current.charAt(i);
                        if (c == simpler || c == 'a' || (runs >= SHRINK_MAX_RUNS)) {
                            continue;
                        }
                        String candidate = current.substring(0, i) + simpler + current.substring(i + 1);
                        Failure f = run(property, candidate);
                        runs++;
                        if (f != null && f.kind().equals(first.kind())) {
                            current = candidate;
                            currentFailure = f;
                            steps++;
                            progress = true;
                            break;
                        }
                    }
                }
            }
        }
        return new Shrunk(current, currentFailure, steps, runs, complete);
    }
}
