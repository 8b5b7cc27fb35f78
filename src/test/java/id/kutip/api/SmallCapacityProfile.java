package id.kutip.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service with little capacity, so that tests reach its bounds with few requests: one
 * analysis slot and one queue place, a 15 s body deadline, 4 MiB for all bodies in progress.
 */
public class SmallCapacityProfile implements QuarkusTestProfile {

    static final int BODY_TIMEOUT_SECONDS = 15;
    static final int MAX_BODY_MEMORY = 4 * 1024 * 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kutip.engine.max-concurrency", "1",
                "kutip.engine.max-queue", "1",
                "kutip.http.body-timeout", BODY_TIMEOUT_SECONDS + "s",
                "kutip.http.max-body-memory", Integer.toString(MAX_BODY_MEMORY));
    }
}
