package org.inspectionplanner.web.dataset;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.inspectionplanner.web.support.ServiceBusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How many files are read into memory at once, and how much memory those reads may take together.
 * A reader holds a whole dataset as domain objects: measured on a 250 MB caseload CSV (2.4 million
 * rows of the 7 required columns) the parsed caseload kept 507 MB, and the read peaked under
 * 700 MB, so a read reserves {@value #PEAK_FACTOR} times the file's size, and a file of 250 MB under
 * a 2 GiB heap reads alone (its reservation is capped at the whole budget). Reads wait their turn
 * in arrival order (a large file is never starved by small ones) for at most {@code read-wait},
 * then the request is refused with 503, rather than the heap running out for every user.
 */
@Component
public class ReadBudget {

    static final int PEAK_FACTOR = 3;
    private static final long MIB = 1024 * 1024;

    private final Semaphore slots;
    private final Semaphore memory;
    private final int memoryMiB;
    private final Duration maxWait;

    ReadBudget(@Value("${inspection-planner.read-concurrency:8}") int concurrency,
            @Value("${inspection-planner.read-memory:#{null}}") DataSize readMemory,
            @Value("${inspection-planner.read-wait:60s}") Duration maxWait) {
        long bytes = readMemory != null ? readMemory.toBytes() : (long) (Runtime.getRuntime().maxMemory() * 0.4);
        this.memoryMiB = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / MIB));
        this.slots = new Semaphore(Math.max(1, concurrency), true);
        this.memory = new Semaphore(memoryMiB, true);
        this.maxWait = maxWait;
    }

    /** A reservation, released on close. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a turn to read a file of {@code fileBytes}. A file larger than the whole budget
     * takes all of it (it reads alone).
     *
     * @throws ServiceBusyException if no turn came within the wait
     */
    public Lease reserve(long fileBytes) {
        int need = (int) Math.min(memoryMiB, Math.max(1, (fileBytes * PEAK_FACTOR + MIB - 1) / MIB));
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
            if (!memory.tryAcquire(need, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                slots.release();
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return () -> {
            memory.release(need);
            slots.release();
        };
    }

    int memoryMiB() {
        return memoryMiB;
    }

    private ServiceBusyException busy() {
        return new ServiceBusyException("The service is busy reading other files; try again in a minute.",
                (int) Math.max(1, maxWait.toSeconds()));
    }
}
