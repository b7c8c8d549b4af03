package com.bakery.sales.shift;

import com.bakery.common.security.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's Z reports as a hash chain, like the gateway's audit trail: each report's hash covers the previous
 * one's hash and its own frozen JSON, and the head (last position and hash) is kept apart. A report changed, removed
 * or put out of order, or the last one removed, no longer verifies.
 */
public final class ZChain {

    /** The chain's position and hash before its first report. */
    public static final String START = "0".repeat(64);

    public record Link(long position, String hash) {
    }

    /** What verification found: every report checked, and what does not hold. */
    public record Verdict(boolean intact, int checked, List<String> problems) {
    }

    private ZChain() {
    }

    public static String hash(String previousHash, String reportJson) {
        return Sha256.hex(previousHash + "\n" + reportJson);
    }

    /** Walks the closed shifts in chain order against the head. */
    public static Verdict verify(List<Shift> chain, Optional<Link> head, ReportReader reader) {
        List<String> problems = new ArrayList<>();
        String previous = START;
        long position = 0;
        for (Shift shift : chain) {
            position++;
            String at = "Z " + shift.zNumber + " of till " + shift.tillName + " (shift " + shift.id + ")";
            if (shift.chainPosition == null || shift.chainPosition != position) {
                problems.add(at + ": at position " + shift.chainPosition + " where " + position
                        + " was expected (a report before it is missing)");
                position = shift.chainPosition == null ? position : shift.chainPosition;
            }
            if (!previous.equals(shift.previousHash)) {
                problems.add(at + ": does not follow the report before it");
            }
            if (!hash(shift.previousHash, shift.zReport).equals(shift.reportHash)) {
                problems.add(at + ": its report was changed after it was closed");
            } else if (!reader.agrees(shift)) {
                problems.add(at + ": its recorded number, count or expected cash differ from its report");
            }
            previous = shift.reportHash;
        }
        Link end = head.orElse(new Link(0, START));
        if (end.position() != position || !end.hash().equals(previous)) {
            problems.add("the chain ends at position " + position + " but its head says " + end.position()
                    + " (the last reports were removed)");
        }
        return new Verdict(problems.isEmpty(), chain.size(), problems);
    }

    /** Whether a shift's columns agree with its frozen report. */
    @FunctionalInterface
    public interface ReportReader {
        boolean agrees(Shift shift);
    }
}
