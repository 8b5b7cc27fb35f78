package id.kutip.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bounds how many analyses run at once. A request takes a free slot, or waits in a short queue for
 * one; when the queue is full, or the wait too long, it is shed with 503 {@code overloaded} at
 * once, so that load beyond capacity costs the service nothing and every caller learns to retry.
 */
@ApplicationScoped
public class EngineSlots {

    /** What a shed request is told to wait before it retries ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 1;

    /** Queue length per slot when {@code kutip.engine.max-queue} is not set. */
    static final int DEFAULT_QUEUE_PER_SLOT = 64;

    private final int slots;
    private final int maxQueue;
    private final Duration maxWait;
    private final Semaphore free;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicLong shed = new AtomicLong();

    @Inject
    public EngineSlots(KutipConfig config) {
        this(config.engine().maxConcurrency().orElse(Runtime.getRuntime().availableProcessors()),
                config.engine().maxQueue().orElse(-1), config.engine().maxQueueWait());
    }

    /** {@code maxQueue} negative: {@value #DEFAULT_QUEUE_PER_SLOT} per slot. */
    EngineSlots(int slots, int maxQueue, Duration maxWait) {
        if (slots < 1) {
            throw new IllegalArgumentException("kutip.engine.max-concurrency must be at least 1, not " + slots);
        }
        this.slots = slots;
        this.maxQueue = maxQueue < 0 ? DEFAULT_QUEUE_PER_SLOT * slots : maxQueue;
        this.maxWait = maxWait;
        this.free = new Semaphore(slots, true);
    }

    /** Runs {@code work} in a slot; throws a {@link ProblemType#OVERLOADED} problem when none comes free in time. */
    public <T> T call(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            free.release();
        }
    }

    private void acquire() {
        if (tryAcquireInTurn()) {
            return;
        }
        if (waiting.incrementAndGet() > maxQueue) {
            waiting.decrementAndGet();
            throw overloaded(full());
        }
        try {
            if (!free.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw overloaded("no analysis slot came free within " + maxWait.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw overloaded("the wait for an analysis slot was interrupted");
        } finally {
            waiting.decrementAndGet();
        }
    }

    /**
     * Admits one HTTP request to the slots and their queue as its body has arrived (on the event loop, before
     * any worker thread): false, and counted as shed, when slots and queue are already taken. With as few
     * worker threads as slots, requests wait for a thread rather than in {@link #call}'s queue; this bound
     * holds either way. Every admission is followed by one {@link #leave()}.
     */
    public boolean admit() {
        if (admitted.incrementAndGet() > slots + maxQueue) {
            admitted.decrementAndGet();
            shed.incrementAndGet();
            return false;
        }
        return true;
    }

    /** An admitted request has been answered (or its connection lost). */
    public void leave() {
        admitted.decrementAndGet();
    }

    /** The detail of the problem for a request {@link #admit()} refused. */
    String fullDetail() {
        return detail(full());
    }

    /** A free slot, unless others already wait for one (the untimed tryAcquire would jump the queue). */
    private boolean tryAcquireInTurn() {
        try {
            return free.tryAcquire(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw overloaded("the wait for an analysis slot was interrupted");
        }
    }

    private ProblemException overloaded(String why) {
        shed.incrementAndGet();
        return new ProblemException(ProblemType.OVERLOADED, detail(why));
    }

    private static String detail(String why) {
        return "The service is busy: " + why + ". Retry after " + RETRY_AFTER_SECONDS + " s (Retry-After).";
    }

    private String full() {
        return "all " + slots + " analysis slots are busy and " + maxQueue + " requests are waiting";
    }

    public int slots() {
        return slots;
    }

    public int busy() {
        return slots - free.availablePermits();
    }

    public int maxQueue() {
        return maxQueue;
    }

    public int waiting() {
        return waiting.get();
    }

    /** Requests shed since start. */
    public long shed() {
        return shed.get();
    }

    /** True while one more request would be shed: every slot busy and the queue full, or as many admitted. */
    public boolean saturated() {
        return free.availablePermits() == 0 && waiting.get() >= maxQueue || admitted.get() >= slots + maxQueue;
    }
}
