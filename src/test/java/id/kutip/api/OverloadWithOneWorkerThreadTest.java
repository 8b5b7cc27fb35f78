package id.kutip.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The same bound with as few worker threads as analysis slots: requests are admitted to the slots and
 * their queue as their body arrives, on the event loop, so the excess is still shed with 503 rather
 * than left waiting for a worker thread without bound.
 */
@QuarkusTest
@TestProfile(OneWorkerThreadProfile.class)
class OverloadWithOneWorkerThreadTest extends OverloadTest {
}
