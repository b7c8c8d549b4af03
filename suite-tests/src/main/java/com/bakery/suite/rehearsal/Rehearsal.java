package com.bakery.suite.rehearsal;

import com.bakery.suite.day.BakeryDay;
import com.bakery.suite.day.Gateway;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The dev overlay run as a cluster would run it, with podman standing in (scripts/rehearse.sh prepares the
 * rendered objects and runs this): PostgreSQL and Redis first, the provisioning Job to its end, then every service
 * with its HPA's two replicas under its Service's name, probed as the kubelet probes; two tenants made with the
 * gateway's tenant command; a bakery day on one while a till sells the last units of a product on the other, and
 * mid-day one replica of sales and one of inventory are killed and replaced. Then: every sale answered, nothing
 * oversold or lost, no double charge, the invariants, and what shows each scheduled job safe with two replicas.
 * Prints a report; exits 1 when anything is off.
 */
public final class Rehearsal {

    private static final String NAMESPACE = "bakery";
    private static final int STOCK = 60;
    private static final int ATTEMPTS_PER_TILL = 40;

    private final Manifests manifests;
    private final Cluster cluster;
    private final Path fruit;
    private final String simulatorImage;
    private final Path simulatorJars;
    private final List<String> findings = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();

    private Rehearsal(Manifests manifests, Cluster cluster, Path fruit, String simulatorImage, Path simulatorJars) {
        this.manifests = manifests;
        this.cluster = cluster;
        this.fruit = fruit;
        this.simulatorImage = simulatorImage;
        this.simulatorJars = simulatorJars;
    }

    /** {@code WORK NETWORK SIMULATOR_IMAGE SIMULATOR_JARS FRUIT}: WORK holds rendered.yaml (overlay and Secrets). */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        Manifests manifests = Manifests.of(List.of(Files.readString(work.resolve("rendered.yaml"))));
        Cluster cluster = new Cluster(manifests, args[1], NAMESPACE, work.resolve("files"), Rehearsal::say);
        Rehearsal rehearsal = new Rehearsal(manifests, cluster, Path.of(args[4]), args[2], Path.of(args[3]));
        boolean ok;
        try {
            ok = rehearsal.run();
        } catch (RuntimeException e) {
            say("the rehearsal stopped: " + e.getMessage());
            ok = false;
        } finally {
            cluster.stopWatching();
        }
        say("kubelet events: " + (cluster.events().isEmpty() ? "none" : ""));
        cluster.events().forEach(e -> say("  " + e));
        System.exit(ok ? 0 : 1);
    }

    private boolean run() {
        Instant start = Instant.now();
        cluster.createNetwork();
        // the pods the services need: the database and Redis (workloads no HPA scales)
        List<Cluster.Running> infrastructure = new ArrayList<>();
        for (StatefulSet set : manifests.all(StatefulSet.class)) {
            Set<String> claims = set.getSpec().getVolumeClaimTemplates().stream()
                    .map(PersistentVolumeClaim::getMetadata).map(m -> m.getName()).collect(Collectors.toSet());
            for (int i = 0; i < replicas(set.getSpec().getReplicas()); i++) {
                infrastructure.add(cluster.start(set.getMetadata().getName(), set.getMetadata().getName() + "-" + i,
                        set.getSpec().getTemplate(), claims));
            }
        }
        List<Deployment> services = manifests.all(Deployment.class).stream()
                .filter(d -> manifests.autoscalerOf(d).isPresent()).toList();
        for (Deployment d : manifests.all(Deployment.class)) {
            if (!services.contains(d)) {
                for (int i = 0; i < manifests.replicas(d); i++) {
                    infrastructure.add(cluster.start(d.getMetadata().getName(), d.getMetadata().getName() + "-" + i,
                            d.getSpec().getTemplate(), Set.of()));
                }
            }
        }
        cluster.awaitReady(infrastructure, Duration.ofMinutes(3));
        for (Job job : manifests.all(Job.class)) {
            say(job.getMetadata().getName() + ": " + Cluster.lastLines(cluster.runJob(job, List.of()), 1));
        }
        String simulator = startSimulator();

        List<Cluster.Running> replicas = new ArrayList<>();
        for (Deployment d : services) {
            for (int i = 0; i < manifests.replicas(d); i++) {
                replicas.add(cluster.start(d.getMetadata().getName(), d.getMetadata().getName() + "-" + i,
                        d.getSpec().getTemplate(), Set.of()));
            }
        }
        cluster.awaitReady(replicas, Duration.ofMinutes(8));
        figures.add(String.format("%d service pods (%s) ready %d s after the rehearsal began", replicas.size(),
                services.stream().map(d -> manifests.replicas(d) + "× " + d.getMetadata().getName())
                        .collect(Collectors.joining(", ")), Duration.between(start, Instant.now()).toSeconds()));
        cluster.watch();

        List<Cluster.Running> gateways = cluster.pods("agent-gateway");
        Gateway front = new Gateway(url(gateways.get(0)));
        Gateway back = new Gateway(url(gateways.get(gateways.size() - 1)));
        String dayPassword = firstAdmin(front, "rehearsal-day");
        String tillPassword = firstAdmin(back, "rehearsal-till");
        Gateway.Session tillAdmin = back.signIn("admin@rehearsal-till", tillPassword);
        tillAdmin.post("/api/admin/users", Map.of("username", "manager@rehearsal-till", "password",
                "manager-password-1", "roles", List.of("manager", "baker")), 201);
        Gateway.Session manager = back.signIn("manager@rehearsal-till", "manager-password-1");
        long product = stockedProduct(manager);

        CompletableFuture<BakeryDay.Report> day = CompletableFuture.supplyAsync(() -> new BakeryDay(front, fruit,
                Rehearsal::say, simulator).play("rehearsal-day", "admin@rehearsal-day", dayPassword));
        List<Till.Sale> sales = sellWhileKilling(back, tillAdmin, product);
        BakeryDay.Report report = day.join();
        checkDay(report);
        checkTill(manager, product, sales);
        Evidence evidence = new Evidence(postgresUrl(), manifests.secret("bakery-secrets"), findings, figures);
        evidence.settle(List.of("rehearsal-day", "rehearsal-till"));
        evidence.invariants(List.of("rehearsal-day", "rehearsal-till"));
        evidence.scheduledJobs();
        figures.add("the rehearsal took " + Duration.between(start, Instant.now()).toSeconds() + " s");
        say("");
        figures.forEach(f -> say("figure: " + f));
        findings.forEach(f -> say("WRONG: " + f));
        say(findings.isEmpty() ? "the rehearsal passed" : "the rehearsal FAILED: " + findings.size() + " findings");
        return findings.isEmpty();
    }

    /** A gateway pod's own address, as the Ingress reaches it (its port named http). */
    private static String url(Cluster.Running gateway) {
        return "http://" + gateway.address() + ":" + gateway.pod().port("http");
    }

    private static int replicas(Integer replicas) {
        return replicas == null ? 1 : replicas;
    }

    /**
     * The InfinitePay simulator, standing in for the provider outside the cluster (the rehearsal's overlay points
     * INFINITY_PAY_URL at it); returns its address as buyers reach it.
     */
    private String startSimulator() {
        String network = cluster.network();
        String name = network + "-infinitepay";
        Podman.must("run", "--detach", "--name", name, "--label", "rehearsal=" + network, "--network", network,
                "--network-alias", "infinitepay", "--env", "INFINITY_PAY_SIMULATOR_HOST=0.0.0.0",
                "--volume", simulatorJars + ":/simulator:ro", simulatorImage,
                "java", "-Xmx64m", "-jar", "/simulator/provider-simulators.jar", "8090");
        String url = "http://" + cluster.address(name) + ":8090";
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try {
                RestAssured.given().baseUri(url).get("/").then().extract().statusCode();
                break;
            } catch (RuntimeException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the InfinitePay simulator did not answer at " + url);
                }
                Cluster.pause(Duration.ofMillis(500));
            }
        }
        say("the InfinitePay simulator answers at " + url + " (infinitepay:8090 in the network)");
        return url;
    }

    /** Makes a tenant with the gateway's command, as k8s-tenant.sh's Job does; its admin then sets a password. */
    private String firstAdmin(Gateway gateway, String tenant) {
        Deployment deployment = manifests.named(Deployment.class, "agent-gateway");
        Job job = new io.fabric8.kubernetes.api.model.batch.v1.JobBuilder().withNewMetadata()
                .withName("tenant-" + tenant).endMetadata().withNewSpec().withBackoffLimit(0)
                .withTemplate(deployment.getSpec().getTemplate()).endSpec().build();
        String output = cluster.runJob(job, List.of("tenant", "create", tenant, "--admin", "admin@" + tenant));
        String oneTime = output.lines().filter(l -> l.startsWith("One-time password: ")).findFirst()
                .map(l -> l.substring("One-time password: ".length()).strip())
                .orElseThrow(() -> new IllegalStateException("the tenant command printed no password: " + output));
        String password = "rehearsal-" + java.util.UUID.randomUUID();
        int status = RestAssured.given().baseUri(gateway.url()).contentType("application/json")
                .body(Map.of("username", "admin@" + tenant, "password", oneTime, "newPassword", password))
                .post("/auth/password").statusCode();
        if (status != 200) {
            throw new IllegalStateException("admin@" + tenant + " could not set a password: " + status);
        }
        say("tenant " + tenant + " made by the tenant command; its admin chose a password at the first sign-in");
        return password;
    }

    /** A product with exactly STOCK units made, for the till to sell out. */
    private static long stockedProduct(Gateway.Session baker) {
        long flour = baker.post("/api/inventory/materials", Map.of("name", "Flour", "unit", "kg",
                "minimumQuantity", 0), 201).getLong("id");
        baker.post("/api/inventory/materials/" + flour + "/batches", Map.of("quantity", 6, "unitCostCents", 100), 201);
        long product = baker.post("/api/inventory/products", Map.of("name", "Baguette", "priceCents", 500,
                "currency", "BRL"), 201).getLong("id");
        long recipe = baker.post("/api/inventory/recipes", Map.of("name", "Baguettes", "productId", product,
                "yield", STOCK, "ingredients", List.of(Map.of("materialId", flour, "quantity", 6))), 201).getLong("id");
        baker.post("/api/inventory/production-runs", Map.of("recipeId", recipe, "batches", 1), 201);
        return product;
    }

    /**
     * Two tills sell one baguette at a time, more than there are; once a third of them is sold, one sales and one
     * inventory replica are killed and replaced, as a lost node's pods are.
     */
    private List<Till.Sale> sellWhileKilling(Gateway gateway, Gateway.Session admin, long product) {
        List<Gateway.Session> cashiers = new ArrayList<>();
        for (String who : List.of("till1", "till2")) {
            admin.post("/api/admin/users", Map.of("username", who + "@rehearsal-till", "password", "till-password-1",
                    "roles", List.of("cashier")), 201);
            cashiers.add(gateway.signIn(who + "@rehearsal-till", "till-password-1"));
        }
        AtomicInteger sold = new AtomicInteger();
        List<CompletableFuture<List<Till.Sale>>> tills = cashiers.stream().map(cashier -> CompletableFuture
                .supplyAsync(() -> {
                    Till till = new Till(cashier, Duration.ofMinutes(3));
                    List<Till.Sale> answers = new ArrayList<>();
                    for (int i = 0; i < ATTEMPTS_PER_TILL; i++) {
                        Till.Sale sale = till.cash(product, 1);
                        answers.add(sale);
                        if (sale.sold()) {
                            sold.incrementAndGet();
                        }
                    }
                    return answers;
                })).toList();
        while (sold.get() < STOCK / 3 && tills.stream().noneMatch(CompletableFuture::isDone)) {
            Cluster.pause(Duration.ofMillis(100));
        }
        say(sold.get() + " baguettes sold: killing a sales and an inventory replica mid-day");
        Instant killed = Instant.now();
        List<Cluster.Running> replacements = new ArrayList<>();
        for (String workload : List.of("sales-service", "inventory-service")) {
            Cluster.Running victim = cluster.pods(workload).get(0);
            cluster.kill(victim.pod().name());
            Deployment d = manifests.named(Deployment.class, workload);
            replacements.add(cluster.start(workload, workload + "-" + manifests.replicas(d),
                    d.getSpec().getTemplate(), Set.of()));
        }
        cluster.awaitReady(replacements, Duration.ofMinutes(5));
        figures.add("replacements of the killed sales and inventory replicas ready " + Duration.between(killed,
                Instant.now()).toSeconds() + " s after the kill; " + sold.get() + " baguettes sold by then");
        List<Till.Sale> all = tills.stream().flatMap(t -> t.join().stream()).toList();
        figures.add(String.format("tills: %d checkouts, %d sold, %d refused (%s), %d answers retried (5xx or cut "
                + "while replicas went away)", all.size(), all.stream().filter(Till.Sale::sold).count(),
                all.stream().filter(s -> !s.sold()).count(), all.stream().filter(s -> !s.sold())
                        .collect(Collectors.groupingBy(Till.Sale::code, Collectors.counting())),
                all.stream().mapToInt(Till.Sale::retried).sum()));
        return all;
    }

    private void checkDay(BakeryDay.Report r) {
        check(r.delta("revenueCents") == r.revenueCents(), "the day's revenue in analytics is "
                + r.delta("revenueCents") + ", the day computed " + r.revenueCents());
        check(r.delta("grossMarginCents") == r.expectedMarginCents(), "the day's gross margin in analytics is "
                + r.delta("grossMarginCents") + ", the day computed " + r.expectedMarginCents());
        check("FAILED".equals(r.declinedSaleStatus()) && r.declinedSaleCapturedCents() == 0,
                "the declined card sale is " + r.declinedSaleStatus() + " with " + r.declinedSaleCapturedCents()
                        + " cents captured");
        check("banana".equals(r.photoLabel()), "the delivery photo was named " + r.photoLabel());
        check(r.auditValid(), "the audit chain did not verify after the day");
        figures.add("bakery day on rehearsal-day: " + r.saleIds().size() + " sales, revenue " + r.revenueCents()
                + " cents, analytics agree, audit chain intact (" + r.auditChecked() + " records checked)");
    }

    /** No oversell and nothing lost: what the tills were told sold is what the product lost, and no more. */
    private void checkTill(Gateway.Session manager, long product, List<Till.Sale> sales) {
        long sold = sales.stream().filter(Till.Sale::sold).count();
        long distinct = sales.stream().filter(Till.Sale::sold).map(Till.Sale::id).distinct().count();
        double onHand = manager.get("/api/inventory/products/" + product).getDouble("onHand");
        check(distinct == sold, "two checkouts were answered with one sale: " + sold + " answers, " + distinct
                + " sales");
        check(sold + onHand == STOCK, STOCK + " baguettes made, " + sold + " sold, " + onHand + " on hand");
        check(onHand >= 0, "baguettes on hand went below zero: " + onHand);
        long completed = manager.get("/api/sales/sales?status=COMPLETED&limit=200").getList("items").size();
        check(completed == sold, completed + " completed sales on record but the tills were told " + sold);
    }

    private String postgresUrl() {
        return "jdbc:postgresql://" + cluster.pods("postgres").get(0).address() + ":5432/bakery";
    }

    private void check(boolean ok, String finding) {
        if (!ok) {
            findings.add(finding);
        }
    }

    static void say(String line) {
        System.out.println("[rehearsal " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }
}
