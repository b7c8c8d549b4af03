package com.bakery.suite.rehearsal;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The stand-in cluster: one podman network, pods started from the rendered workloads, and a kubelet's probing of
 * them (startup, then readiness and liveness at their periods). What the kubelet would have done or seen (a pod not
 * ready, a liveness failure and its restart, a container gone) is kept as events for the report.
 */
final class Cluster {

    /** A running pod: what it was started from, and its address on the network. */
    record Running(String workload, PodRun.Pod pod, String address) {
    }

    private final String network;
    private final PodRun runner;
    private final Consumer<String> log;
    private final Map<String, Running> pods = new ConcurrentHashMap<>();
    private final Map<String, Integer> livenessFailures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ready = new ConcurrentHashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService kubelet = Executors.newSingleThreadScheduledExecutor();

    Cluster(Manifests manifests, String network, String namespace, java.nio.file.Path files, Consumer<String> log) {
        this.network = network;
        this.runner = new PodRun(manifests, network, namespace, files);
        this.log = log;
    }

    String network() {
        return network;
    }

    void createNetwork() {
        Podman.must("network", "create", network);
    }

    /** Starts pod {@code podName} of a workload; a StatefulSet's claims become podman volumes of this pod. */
    Running start(String workload, String podName, PodTemplateSpec template, Set<String> claims) {
        claims.forEach(claim -> Podman.must("volume", "create", network + "-" + podName + "-" + claim));
        PodRun.Pod pod = runner.pod(podName, template, claims, List.of(), true);
        Podman.Result started = Podman.run(180, pod.args(), pod.env());
        if (!started.ok()) {
            throw new IllegalStateException(podName + " did not start: " + started.output());
        }
        String address = address(pod.container());
        Running running = new Running(workload, pod, address);
        pods.put(podName, running);
        log.accept("pod " + podName + " started at " + address + " (" + pod.spec().getImage() + ")");
        return running;
    }

    /** A container's address on the network. */
    String address(String container) {
        return Podman.must("inspect", "--format", "{{(index .NetworkSettings.Networks \"" + network
                + "\").IPAddress}}", container);
    }

    /**
     * Runs a Job's pod to its end as the Job controller would: again after a failure (restartPolicy OnFailure),
     * up to its backoffLimit. Returns its last log; throws when it never succeeded.
     */
    String runJob(Job job, List<String> extraArgs) {
        int attempts = Objects.requireNonNullElse(job.getSpec().getBackoffLimit(), 6) + 1;
        String name = job.getMetadata().getName();
        String output = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String podName = name + "-" + attempt;
            PodRun.Pod pod = runner.pod(podName, job.getSpec().getTemplate(), Set.of(), extraArgs, false);
            Podman.Result result = Podman.run(600, pod.args(), pod.env());
            output = result.output();
            Podman.run("rm", "-f", pod.container());
            if (result.ok()) {
                log.accept("job " + name + " completed (attempt " + attempt + ")");
                return output;
            }
            events.add("job " + name + " attempt " + attempt + " failed: " + lastLines(output, 5));
        }
        throw new IllegalStateException("job " + name + " failed " + attempts + " times: " + output);
    }

    /** Polls startup then readiness probes of these pods, as the kubelet does, until every one is ready. */
    void awaitReady(Collection<Running> starting, Duration within) {
        Instant deadline = Instant.now().plus(within);
        List<Running> waiting = new ArrayList<>(starting);
        Map<String, Boolean> started = new ConcurrentHashMap<>();
        while (!waiting.isEmpty()) {
            for (Running r : List.copyOf(waiting)) {
                if (!runningNow(r)) {
                    throw new IllegalStateException(r.pod().name() + " exited before it was ready: "
                            + lastLines(logs(r), 15));
                }
                Probe startup = r.pod().spec().getStartupProbe();
                if (startup != null && !started.containsKey(r.pod().name())) {
                    if (Kubelet.probe(r.pod(), r.address(), startup).passed()) {
                        started.put(r.pod().name(), true);
                    }
                    continue;
                }
                Probe readiness = r.pod().spec().getReadinessProbe();
                if (readiness == null || Kubelet.probe(r.pod(), r.address(), readiness).passed()) {
                    waiting.remove(r);
                    ready.put(r.pod().name(), true);
                    log.accept("pod " + r.pod().name() + " is ready");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + within.toSeconds() + " s: " + waiting.stream()
                        .map(r -> r.pod().name() + " (" + describeProbes(r) + ")").toList());
            }
            pause(Duration.ofSeconds(1));
        }
    }

    private String describeProbes(Running r) {
        Probe probe = r.pod().spec().getReadinessProbe() != null ? r.pod().spec().getReadinessProbe()
                : r.pod().spec().getStartupProbe();
        return probe == null ? "no probe" : Kubelet.probe(r.pod(), r.address(), probe).detail();
    }

    /**
     * From now on, readiness and liveness of every pod at their periods: a change of readiness is an event; a
     * liveness probe failing failureThreshold times in a row restarts the container, as the kubelet would.
     */
    void watch() {
        // only pods the kubelet has seen ready: one still starting is awaitReady's
        kubelet.scheduleWithFixedDelay(() -> pods.values().stream().filter(r -> ready.containsKey(r.pod().name()))
                .forEach(this::probeOnce), 1, 1, TimeUnit.SECONDS);
    }

    private void probeOnce(Running r) {
        long second = Instant.now().getEpochSecond();
        Probe readiness = r.pod().spec().getReadinessProbe();
        if (readiness != null && second % Kubelet.period(readiness) == 0 && pods.containsKey(r.pod().name())) {
            Kubelet.Outcome outcome = Kubelet.probe(r.pod(), r.address(), readiness);
            Boolean before = ready.put(r.pod().name(), outcome.passed());
            if (before != null && before != outcome.passed() && pods.containsKey(r.pod().name())) {
                events.add(r.pod().name() + (outcome.passed() ? " ready again" : " not ready: " + outcome.detail()));
            }
        }
        Probe liveness = r.pod().spec().getLivenessProbe();
        if (liveness != null && second % Kubelet.period(liveness) == 0 && pods.containsKey(r.pod().name())) {
            Kubelet.Outcome outcome = Kubelet.probe(r.pod(), r.address(), liveness);
            int failures = outcome.passed() ? 0 : livenessFailures.merge(r.pod().name(), 1, Integer::sum);
            livenessFailures.put(r.pod().name(), failures);
            if (failures >= Kubelet.failureThreshold(liveness) && pods.containsKey(r.pod().name())) {
                events.add(r.pod().name() + " failed its liveness probe " + failures + " times (" + outcome.detail()
                        + "): restarted");
                Podman.run("restart", r.pod().container());
                livenessFailures.put(r.pod().name(), 0);
            }
        }
    }

    /** The pod's node is gone: its container killed (SIGKILL) and removed; the caller starts its replacement. */
    void kill(String podName) {
        Running r = Objects.requireNonNull(pods.remove(podName), podName);
        ready.remove(podName);
        Podman.must("kill", "--signal", "KILL", r.pod().container());
        Podman.run("rm", "-f", r.pod().container());
        events.add(podName + " killed (SIGKILL) and removed");
        log.accept("pod " + podName + " killed");
    }

    List<Running> pods(String workload) {
        return pods.values().stream().filter(r -> r.workload().equals(workload))
                .sorted(java.util.Comparator.comparing(r -> r.pod().name())).toList();
    }

    Running pod(String podName) {
        return Objects.requireNonNull(pods.get(podName), podName);
    }

    Collection<Running> all() {
        return List.copyOf(pods.values());
    }

    List<String> events() {
        return List.copyOf(events);
    }

    String logs(Running r) {
        return Podman.run("logs", r.pod().container()).output();
    }

    boolean runningNow(Running r) {
        return "true".equals(Podman.run("inspect", "--format", "{{.State.Running}}", r.pod().container()).output());
    }

    void stopWatching() {
        kubelet.shutdownNow();
    }

    static String lastLines(String text, int n) {
        List<String> lines = text.lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis()); // the kubelet's probe period
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
