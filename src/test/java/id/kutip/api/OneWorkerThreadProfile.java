package id.kutip.api;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link SmallCapacityProfile} with a single worker thread, like the small-memory run options (as
 * many worker threads as analysis slots): requests beyond it wait for the thread, not in the slot queue.
 */
public class OneWorkerThreadProfile extends SmallCapacityProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.thread-pool.max-threads", "1");
        return overrides;
    }
}
