package com.bakery.gateway.audit;

import com.bakery.common.problem.DatabaseUnavailable;
import com.bakery.gateway.db.Database;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Writes audit records to the hash-chained table, off the request path: requests only enqueue. One writer per
 * replica appends batches; replicas sharing the database take a transaction lock first, so the chain stays one
 * line whatever writes to it. Written records then go to the configured sinks.
 * When the queue is full (the database slower than the requests for a while), a signed-in caller's record is
 * never dropped: it spills to an unbounded queue the writer empties next ({@code audit_records_spilled_total},
 * and the gauge {@code audit_records_spill_depth}); only records of callers without a valid token are dropped
 * ({@code audit_records_dropped_total}). Their rate is bounded per address before they are audited.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    private static final long CHAIN_LOCK = 0x6175646974L;
    private static final long LINGER_MS = 50;
    private static final int BATCH = 500;

    private final Database db;
    private final AuditSinks sinks;
    private final BlockingQueue<AuditRecord> queue;
    private final Queue<AuditRecord> spill = new ConcurrentLinkedQueue<>();
    private final Counter dropped;
    private final Counter spilled;
    private final AtomicLong accepted = new AtomicLong(); // records queued or spilled
    private long settled; // records the writer thread wrote or dropped; guarded by this
    private volatile boolean running;
    private Thread writer;

    @Inject
    public AuditTrail(Database db, AuditSinks sinks, MeterRegistry metrics) {
        this(db, sinks, metrics, 50_000);
    }

    /** With a queue of its own size (tests fill a small one). */
    AuditTrail(Database db, AuditSinks sinks, MeterRegistry metrics, int capacity) {
        this.db = db;
        this.sinks = sinks;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.dropped = Counter.builder("audit.records.dropped")
                .description("audit records lost: an anonymous record on a full queue, or a batch the database refused")
                .register(metrics);
        this.spilled = Counter.builder("audit.records.spilled")
                .description("signed-in callers' records kept past a full queue").register(metrics);
        Gauge.builder("audit.records.spill.depth", spill, Queue::size)
                .description("records waiting past the full queue").register(metrics);
        Gauge.builder("audit.queue.depth", queue, Queue::size)
                .description("audit records waiting to be written").register(metrics);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::drain, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writeQueued();
    }

    public void record(AuditRecord record) {
        if (queue.offer(record)) {
            accepted.incrementAndGet();
            return;
        }
        if (record.tenant() != null) {
            spill.add(record);
            spilled.increment();
            accepted.incrementAndGet();
            return;
        }
        dropped.increment();
        LOG.errorf("Audit queue full: anonymous record of %s %s from %s dropped", record.method(), record.path(),
                record.clientIp());
    }

    /** Records waiting for the writer thread (tests see when it has taken one). */
    int queued() {
        return queue.size() + spill.size();
    }

    /** Moves spilled records into {@code batch}, up to a batch; returns how many. */
    private int drainSpill(List<AuditRecord> batch) {
        int moved = 0;
        AuditRecord next;
        while (batch.size() < BATCH && (next = spill.poll()) != null) {
            batch.add(next);
            moved++;
        }
        return moved;
    }

    /**
     * Returns once every record accepted before the call is written (or dropped); returns how many records went
     * in the meantime. While the writer thread runs only it writes, so the chain keeps the order records came in
     * (a record it holds while lingering is never overtaken); without it (stopped, or never started) the caller
     * writes them.
     */
    public int flush() {
        if (!running) {
            return writeQueued();
        }
        long target = accepted.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (this) {
            long from = settled;
            try {
                while (settled < target && running && System.nanoTime() < deadline) {
                    wait(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (settled < target && running) {
                LOG.warnf("Audit flush gave up waiting: %d records not yet written", target - settled);
            }
            return (int) (settled - from);
        }
    }

    private synchronized int writeQueued() {
        int written = 0;
        List<AuditRecord> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0 || drainSpill(batch) > 0) {
            append(batch);
            written += batch.size();
            batch.clear();
        }
        return written;
    }

    private synchronized void settle(int records) {
        settled += records;
        notifyAll();
    }

    private void drain() {
        List<AuditRecord> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                AuditRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    // linger away from the queue: a busy gateway then writes hundreds of records per transaction,
                    // and requests enqueue without waking this thread for each record (waiting in the queue for
                    // the next one cost a thread wake-up per request: a tenth of the gateway's CPU under load)
                    batch.add(first);
                    Thread.sleep(LINGER_MS);
                    queue.drainTo(batch, BATCH - 1);
                    do {
                        write(batch);
                        settle(batch.size());
                        batch.clear();
                    } while (queue.drainTo(batch, BATCH) > 0 || drainSpill(batch) > 0);
                }
            } catch (InterruptedException e) {
                // stopping: the records this thread holds go before those stop() then writes from the queue
                writeHeld(batch);
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void writeHeld(List<AuditRecord> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            append(batch);
        } catch (RuntimeException e) {
            dropped.increment(batch.size());
            LOG.errorf("%d audit records not written at shutdown: %s", batch.size(), e.getMessage());
        }
    }

    /**
     * Appends a batch; while the database is unavailable (restarting, failing over) the batch is kept and tried
     * again, so a restart loses no record (a commit whose answer was lost may write a batch twice; the chain stays
     * valid). Any other failure drops the batch with an error: it would never pass.
     */
    private void write(List<AuditRecord> batch) throws InterruptedException {
        long pauseMs = 100;
        while (true) {
            try {
                synchronized (this) {
                    append(batch);
                }
                return;
            } catch (RuntimeException e) {
                if (!running || !DatabaseUnavailable.causes(e)) {
                    dropped.increment(batch.size());
                    LOG.errorf("%d audit records not written (will go on with the next ones): %s", batch.size(),
                            e.getMessage());
                    return;
                }
                LOG.warnf("Audit records kept until the database is back (%s)", DatabaseUnavailable.reason(e));
                Thread.sleep(pauseMs);
                pauseMs = Math.min(pauseMs * 2, 2_000);
            }
        }
    }

    private void append(List<AuditRecord> batch) {
        List<AuditLink> written = QuarkusTransaction.requiringNew().call(() -> {
            db.lockForTransaction(CHAIN_LOCK);
            String first = db.first("SELECT hash FROM audit.audit_record ORDER BY id DESC LIMIT 1",
                    rs -> rs.getString(1)).orElse(AuditRecord.GENESIS);
            // one JDBC batch per round: a busy gateway writes hundreds of records per statement round trip
            return db.run(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit.audit_record "
                        + "(at_ms, request_id, tenant, subject, method, path, status, latency_ms, client_ip, denial, "
                        + "prev_hash, hash, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        new String[] { "id" })) {
                    List<AuditLink> unnumbered = new ArrayList<>(batch.size());
                    String previous = first;
                    for (AuditRecord r : batch) {
                        String hash = r.hash(previous);
                        insert.setLong(1, r.atMs());
                        insert.setString(2, r.requestId());
                        insert.setString(3, r.tenant());
                        insert.setString(4, r.subject());
                        insert.setString(5, r.method());
                        insert.setString(6, r.path());
                        insert.setInt(7, r.status());
                        insert.setLong(8, r.latencyMs());
                        insert.setString(9, r.clientIp());
                        insert.setString(10, r.denial());
                        insert.setString(11, previous);
                        insert.setString(12, hash);
                        insert.setString(13, r.detail());
                        insert.addBatch();
                        unnumbered.add(new AuditLink(0, r, previous, hash));
                        previous = hash;
                    }
                    insert.executeBatch();
                    // the ids the database gave, so the sinks hold the chain's head as well as the records
                    List<AuditLink> links = new ArrayList<>(batch.size());
                    try (ResultSet ids = insert.getGeneratedKeys()) {
                        for (AuditLink link : unnumbered) {
                            ids.next();
                            links.add(new AuditLink(ids.getLong(1), link.record(), link.prevHash(), link.hash()));
                        }
                    }
                    return links;
                }
            });
        });
        sinks.offer(written);
    }
}
