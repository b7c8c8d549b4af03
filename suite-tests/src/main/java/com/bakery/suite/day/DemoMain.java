package com.bakery.suite.day;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code ./bakery demo}: the bakery day played on the demo tenants north and south at once, against a running suite
 * (its InfinitePay simulator plays the buyers), printing what happened, what analytics say against what the day
 * computed, and whether every invariant holds. Exits 1 if anything is off.
 */
public final class DemoMain {

    public static void main(String[] args) {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        Path fruit = Path.of(args.length > 1 ? args[1] : "classifier-service/src/main/resources/fruit");
        String password = System.getenv().getOrDefault("BAKERY_DEMO_PASSWORD", "bakery-demo");
        BakeryDay day = new BakeryDay(new Gateway(gateway), fruit, line -> System.out.println(line));
        List<CompletableFuture<BakeryDay.Report>> plays = List.of("north", "south").stream()
                .map(t -> CompletableFuture.supplyAsync(() -> day.play(t, "admin@" + t, password))).toList();
        CompletableFuture.allOf(plays.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        boolean ok = true;
        System.out.println();
        System.out.printf("%-7s %-24s %12s %12s%n", "tenant", "today (cents)", "computed", "analytics");
        for (CompletableFuture<BakeryDay.Report> play : plays) {
            BakeryDay.Report r;
            try {
                r = play.join();
            } catch (RuntimeException e) {
                System.out.println("the day failed: " + (e.getCause() != null ? e.getCause().getMessage() : e));
                ok = false;
                continue;
            }
            ok &= row(r.tenant(), "revenue", r.revenueCents(), r.delta("revenueCents"));
            ok &= row("", "refunds", r.refundsCents(), r.delta("refundsCents"));
            ok &= row("", "cost of goods sold", r.cogsCents(), r.delta("cogsCents"));
            ok &= row("", "gross margin", r.expectedMarginCents(), r.delta("grossMarginCents"));
            List<String> broken = Invariants.local().violations(r.tenant());
            System.out.printf("%-7s %-24s %s%n", "", "invariants", broken.isEmpty() ? "all hold" : broken);
            System.out.printf("%-7s %-24s %s%n", "", "audit chain", r.auditValid() ? "intact" : "BROKEN");
            ok &= broken.isEmpty() && r.auditValid();
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean row(String tenant, String what, long computed, long analytics) {
        System.out.printf("%-7s %-24s %12d %12d%s%n", tenant, what, computed, analytics,
                computed == analytics ? "" : "  <- differs");
        return computed == analytics;
    }
}
