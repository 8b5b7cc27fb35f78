package id.kutip.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bounded analysis slots: a short queue, then 503 {@code overloaded}; readiness says so, liveness need not. */
class EngineSlotsTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void runsTheWorkAndFreesTheSlot() {
        EngineSlots slots = new EngineSlots(1, 0, Duration.ofSeconds(10));
        assertEquals("a", slots.call(() -> "a"));
        assertEquals("b", slots.call(() -> "b"));
        assertEquals(0, slots.busy());
        assertThrows(IllegalStateException.class, () -> slots.call(() -> {
            throw new IllegalStateException("a failure frees the slot too");
        }));
        assertEquals(0, slots.busy());
    }

    @Test
    void whenSlotsAndQueueAreFullTheNextIsShedAtOnce() throws Exception {
        EngineSlots slots = new EngineSlots(2, 1, Duration.ofMinutes(10));
        List<Future<String>> held = new ArrayList<>();
        held.add(occupy(slots));
        held.add(occupy(slots));
        awaitTrue(() -> slots.busy() == 2);
        held.add(occupy(slots));
        awaitTrue(() -> slots.waiting() == 1);
        assertTrue(slots.saturated());

        ProblemException shed = assertThrows(ProblemException.class, () -> slots.call(() -> "never"));
        assertEquals(ProblemType.OVERLOADED, shed.type());
        assertTrue(shed.getMessage().contains("Retry after " + EngineSlots.RETRY_AFTER_SECONDS), shed.getMessage());
        assertEquals(1, slots.shed());

        release.countDown();
        for (Future<String> f : held) {
            assertEquals("done", f.get(30, TimeUnit.SECONDS));
        }
        assertFalse(slots.saturated());
        assertEquals("after", slots.call(() -> "after"));
    }

    @Test
    void admissionTakesAsManyAsSlotsAndQueueThenShedsUntilOneLeaves() {
        EngineSlots slots = new EngineSlots(2, 1, Duration.ofSeconds(10));
        assertTrue(slots.admit());
        assertTrue(slots.admit());
        assertFalse(slots.saturated());
        assertTrue(slots.admit());
        assertTrue(slots.saturated(), "readiness is down while as many requests are admitted as slots and queue hold");

        assertFalse(slots.admit());
        assertEquals(1, slots.shed());
        assertTrue(slots.fullDetail().contains("all 2 analysis slots are busy"), slots.fullDetail());

        slots.leave();
        assertFalse(slots.saturated());
        assertTrue(slots.admit());
    }

    @Test
    void aWaitLongerThanTheLimitIsShed() throws Exception {
        EngineSlots slots = new EngineSlots(1, 5, Duration.ofMillis(50));
        occupy(slots);
        awaitTrue(() -> slots.busy() == 1);
        ProblemException shed = assertThrows(ProblemException.class, () -> slots.call(() -> "never"));
        assertEquals(ProblemType.OVERLOADED, shed.type());
        assertEquals(0, slots.waiting());
    }

    @Test
    void theDefaultQueueIsSizedPerSlot() {
        EngineSlots slots = new EngineSlots(3, -1, Duration.ofSeconds(1));
        assertEquals(3 * EngineSlots.DEFAULT_QUEUE_PER_SLOT, slots.maxQueue());
        assertThrows(IllegalArgumentException.class, () -> new EngineSlots(0, 1, Duration.ofSeconds(1)));
    }

    @Test
    void readinessIsDownWhileSaturated() throws Exception {
        EngineSlots slots = new EngineSlots(1, 1, Duration.ofMinutes(10));
        EngineCapacity capacity = new EngineCapacity(slots);
        assertEquals(HealthCheckResponse.Status.UP, capacity.check().getStatus());
        occupy(slots);
        awaitTrue(() -> slots.busy() == 1);
        assertEquals(HealthCheckResponse.Status.UP, capacity.check().getStatus(), "a free queue place is capacity");
        occupy(slots);
        awaitTrue(() -> slots.waiting() == 1);
        HealthCheckResponse down = capacity.check();
        assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
        assertEquals(1L, down.getData().orElseThrow().get("busy"));
        release.countDown();
        awaitTrue(() -> slots.busy() == 0);
        assertEquals(HealthCheckResponse.Status.UP, capacity.check().getStatus());
    }

    /** Takes a slot (or a queue place) until {@link #release} opens. */
    private Future<String> occupy(EngineSlots slots) {
        return pool.submit(() -> slots.call(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 30 s");
            Thread.sleep(5);
        }
    }
}
