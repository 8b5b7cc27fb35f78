package id.kutip;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options measured by {@code bench/soak.sh} are written in three places for three readers: the
 * container's {@code ENV JAVA_OPTS} (which the soak and CI read), the README's run command, and
 * {@code docker/README.md}. They must say the same.
 */
class DocumentedJvmOptionsTest {

    private static final Pattern ENV_JAVA_OPTS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\"$");

    @Test
    void theReadmeRunCommandAndTheContainerReadmeGiveTheContainersJavaOpts() throws IOException {
        String options = containerOptions();
        assertTrue(words(Files.readString(Path.of("README.md"))).contains(" java " + options + " -jar "),
                "README.md's run command must read: java " + options + " -jar …");
        assertTrue(words(Files.readString(Path.of("docker", "README.md"))).contains(options),
                "docker/README.md must list: " + options);
    }

    private static String containerOptions() throws IOException {
        Matcher env = ENV_JAVA_OPTS.matcher(Files.readString(Path.of("docker", "Dockerfile.jvm")));
        assertTrue(env.find(), "docker/Dockerfile.jvm has no ENV JAVA_OPTS line");
        String options = env.group(1).trim();
        assertFalse(options.isEmpty(), "ENV JAVA_OPTS is empty");
        return words(options);
    }

    /** Shell line continuations and line breaks read as single spaces. */
    private static String words(String text) {
        return text.replace("\\\n", " ").replaceAll("\\s+", " ");
    }
}
