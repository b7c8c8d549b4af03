package com.bakery.suite.rehearsal;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pod of a rendered workload as {@code podman run} arguments, given what the kubelet would give its container:
 * the environment (values, ConfigMap and Secret keys, {@code $(VAR)} references), Secret and ConfigMap volumes as
 * files, emptyDirs, claims as volumes, the user, groups, capabilities, read-only root, memory and CPU limits, the
 * command and arguments, and the names of the Services that select it as network aliases. What a rehearsal cannot
 * do as a cluster would (a second container, an init container, a subPath) is refused rather than run otherwise.
 * Secret values go to podman through its environment ({@code -e NAME}), never on its command line.
 */
final class PodRun {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\$|\\$\\(([A-Za-z_][A-Za-z0-9_.-]*)\\)");

    /** A pod ready to run: its container's name, podman's arguments and the environment they take values from. */
    record Pod(String name, String container, Container spec, List<String> args, Map<String, String> env) {

        /** A named or numbered port of the container. */
        int port(String nameOrNumber) {
            if (nameOrNumber.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(nameOrNumber);
            }
            return spec.getPorts().stream().filter(p -> nameOrNumber.equals(p.getName()))
                    .map(ContainerPort::getContainerPort).findFirst()
                    .orElseThrow(() -> new IllegalStateException(name + " has no port named " + nameOrNumber));
        }
    }

    private final Manifests manifests;
    private final String network;
    private final String namespace;
    private final Path files;

    /** {@code files}: where Secret and ConfigMap volumes are written, a directory per pod. */
    PodRun(Manifests manifests, String network, String namespace, Path files) {
        this.manifests = manifests;
        this.network = network;
        this.namespace = namespace;
        this.files = files;
    }

    /**
     * {@code podman run} arguments for pod {@code podName} of {@code template}; {@code claims}: the claim templates
     * of a StatefulSet (each a podman volume of the pod's); {@code extraArgs}: arguments after the container's own.
     */
    Pod pod(String podName, PodTemplateSpec template, Set<String> claims, List<String> extraArgs, boolean detached) {
        PodSpec spec = template.getSpec();
        if (spec.getContainers().size() != 1 || (spec.getInitContainers() != null
                && !spec.getInitContainers().isEmpty())) {
            throw new IllegalStateException(podName + ": the rehearsal runs pods of one container, no init containers");
        }
        Container container = spec.getContainers().get(0);
        String name = network + "-" + podName;
        Map<String, String> env = environment(podName, container);
        List<String> args = new ArrayList<>(List.of("run", "--name", name, "--hostname", podName,
                "--label", "rehearsal=" + network, "--network", network));
        if (detached) {
            // a pod that serves: the Services selecting its labels answer with its address too (a pod run to its
            // end, a Job's, is in no Service: k8s-tenant.sh gives its Job labels no Service selects)
            args.add("--detach");
            Map<String, String> labels = template.getMetadata() == null || template.getMetadata().getLabels() == null
                    ? Map.of() : template.getMetadata().getLabels();
            manifests.servicesSelecting(labels).forEach(service -> args.addAll(List.of("--network-alias", service)));
        }
        env.keySet().forEach(key -> args.addAll(List.of("--env", key)));
        security(podName, spec.getSecurityContext(), container.getSecurityContext(), args);
        limits(container, args);
        volumes(podName, spec, container, claims, args);
        if (container.getWorkingDir() != null) {
            args.addAll(List.of("--workdir", container.getWorkingDir()));
        }
        if (container.getCommand() != null && !container.getCommand().isEmpty()) {
            args.addAll(List.of("--entrypoint", Serialization.asJson(expand(container.getCommand(), env))));
        }
        args.add(container.getImage());
        if (container.getArgs() != null) {
            args.addAll(expand(container.getArgs(), env));
        }
        args.addAll(extraArgs);
        return new Pod(podName, name, container, args, env);
    }

    /** envFrom first, then env in order; a value may refer to a variable defined before it as $(NAME). */
    private Map<String, String> environment(String podName, Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        if (container.getEnvFrom() != null) {
            for (EnvFromSource from : container.getEnvFrom()) {
                String prefix = Objects.requireNonNullElse(from.getPrefix(), "");
                if (from.getConfigMapRef() != null) {
                    manifests.configMap(from.getConfigMapRef().getName()).forEach((k, v) -> env.put(prefix + k, v));
                }
                if (from.getSecretRef() != null) {
                    manifests.secret(from.getSecretRef().getName()).forEach((k, v) -> env.put(prefix + k, v));
                }
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar variable : container.getEnv()) {
                String value = variable.getValueFrom() == null ? expand(Objects.requireNonNullElse(variable.getValue(),
                        ""), env) : valueFrom(podName, variable.getName(), variable.getValueFrom());
                if (value != null) {
                    env.put(variable.getName(), value);
                }
            }
        }
        return env;
    }

    /** A value from a Secret, a ConfigMap or the pod's own fields; null for an optional key that is not there. */
    private String valueFrom(String podName, String variable, EnvVarSource source) {
        if (source.getSecretKeyRef() != null) {
            var ref = source.getSecretKeyRef();
            return key(manifests.secret(ref.getName()), ref.getKey(), Boolean.TRUE.equals(ref.getOptional()),
                    variable, "Secret " + ref.getName());
        }
        if (source.getConfigMapKeyRef() != null) {
            var ref = source.getConfigMapKeyRef();
            return key(manifests.configMap(ref.getName()), ref.getKey(), Boolean.TRUE.equals(ref.getOptional()),
                    variable, "ConfigMap " + ref.getName());
        }
        if (source.getFieldRef() != null) {
            return switch (source.getFieldRef().getFieldPath()) {
                case "metadata.name" -> podName;
                case "metadata.namespace" -> namespace;
                default -> throw new IllegalStateException(variable + ": the rehearsal has no "
                        + source.getFieldRef().getFieldPath());
            };
        }
        throw new IllegalStateException(variable + ": the rehearsal cannot give this kind of value");
    }

    private static String key(Map<String, String> data, String key, boolean optional, String variable, String from) {
        String value = data.get(key);
        if (value == null && !optional) {
            throw new IllegalStateException(variable + ": " + from + " has no key " + key
                    + " (the kubelet would not start the pod)");
        }
        return value;
    }

    private static void security(String podName, PodSecurityContext pod, SecurityContext container,
            List<String> args) {
        PodSecurityContext p = pod == null ? new PodSecurityContext() : pod;
        SecurityContext c = container == null ? new SecurityContext() : container;
        Long user = c.getRunAsUser() != null ? c.getRunAsUser() : p.getRunAsUser();
        Long group = c.getRunAsGroup() != null ? c.getRunAsGroup() : p.getRunAsGroup();
        Boolean nonRoot = c.getRunAsNonRoot() != null ? c.getRunAsNonRoot() : p.getRunAsNonRoot();
        if (Boolean.TRUE.equals(nonRoot) && (user == null || user == 0)) {
            throw new IllegalStateException(podName + ": runAsNonRoot without a non-root runAsUser");
        }
        if (user != null) {
            args.addAll(List.of("--user", user + (group == null ? "" : ":" + group)));
        }
        if (p.getFsGroup() != null) {
            args.addAll(List.of("--group-add", String.valueOf(p.getFsGroup())));
        }
        if (Boolean.TRUE.equals(c.getReadOnlyRootFilesystem())) {
            // only what the pod mounts is writable: podman's own tmpfs on /tmp, /run and /var/tmp would hide a
            // missing emptyDir
            args.addAll(List.of("--read-only", "--read-only-tmpfs=false"));
        }
        if (Boolean.FALSE.equals(c.getAllowPrivilegeEscalation())) {
            args.addAll(List.of("--security-opt", "no-new-privileges"));
        }
        if (c.getCapabilities() != null) {
            if (c.getCapabilities().getDrop() != null) {
                c.getCapabilities().getDrop().forEach(cap -> args.addAll(List.of("--cap-drop", cap.toLowerCase())));
            }
            if (c.getCapabilities().getAdd() != null) {
                c.getCapabilities().getAdd().forEach(cap -> args.addAll(List.of("--cap-add", cap.toLowerCase())));
            }
        }
    }

    private static void limits(Container container, List<String> args) {
        if (container.getResources() == null || container.getResources().getLimits() == null) {
            return;
        }
        Map<String, Quantity> limits = container.getResources().getLimits();
        if (limits.get("memory") != null) {
            args.addAll(List.of("--memory", Quantity.getAmountInBytes(limits.get("memory")).toBigInteger() + "b"));
        }
        if (limits.get("cpu") != null) {
            args.addAll(List.of("--cpus", Quantity.getAmountInBytes(limits.get("cpu")).stripTrailingZeros()
                    .toPlainString()));
        }
    }

    private void volumes(String podName, PodSpec spec, Container container, Set<String> claims, List<String> args) {
        if (container.getVolumeMounts() == null) {
            return;
        }
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (mount.getSubPath() != null && !mount.getSubPath().isEmpty()) {
                throw new IllegalStateException(podName + ": the rehearsal does not mount subPaths");
            }
            String options = Boolean.TRUE.equals(mount.getReadOnly()) ? ":ro" : "";
            if (claims.contains(mount.getName())) {
                args.addAll(List.of("--volume", network + "-" + podName + "-" + mount.getName() + ":"
                        + mount.getMountPath() + options));
                continue;
            }
            Volume volume = spec.getVolumes() == null ? null : spec.getVolumes().stream()
                    .filter(v -> v.getName().equals(mount.getName())).findFirst().orElse(null);
            if (volume == null) {
                throw new IllegalStateException(podName + ": no volume " + mount.getName());
            }
            if (volume.getEmptyDir() != null) {
                args.addAll(List.of("--mount", "type=tmpfs,destination=" + mount.getMountPath() + ",tmpfs-mode=1777"));
            } else if (volume.getSecret() != null) {
                Path dir = write(podName, volume.getName(), manifests.secret(volume.getSecret().getSecretName()),
                        volume.getSecret().getItems());
                args.addAll(List.of("--volume", dir + ":" + mount.getMountPath() + ":ro"));
            } else if (volume.getConfigMap() != null) {
                Path dir = write(podName, volume.getName(), manifests.configMap(volume.getConfigMap().getName()),
                        volume.getConfigMap().getItems());
                args.addAll(List.of("--volume", dir + ":" + mount.getMountPath() + ":ro"));
            } else {
                throw new IllegalStateException(podName + ": the rehearsal has no " + volume.getName() + " volume kind");
            }
        }
    }

    /** The files of a Secret or ConfigMap volume: every key, or the items listed; readable as the kubelet's 0644. */
    private Path write(String podName, String volume, Map<String, String> data, List<KeyToPath> items) {
        Path dir = files.resolve(podName).resolve(volume);
        try {
            Files.createDirectories(dir);
            Map<String, String> paths = new LinkedHashMap<>();
            if (items == null || items.isEmpty()) {
                data.keySet().forEach(key -> paths.put(key, key));
            } else {
                items.forEach(item -> paths.put(item.getKey(), item.getPath()));
            }
            for (Map.Entry<String, String> entry : paths.entrySet()) {
                String value = data.get(entry.getKey());
                if (value == null) {
                    throw new IllegalStateException(podName + ": volume " + volume + " has no key " + entry.getKey());
                }
                Path file = dir.resolve(entry.getValue());
                Files.createDirectories(file.getParent());
                Files.writeString(file, value);
                file.toFile().setReadable(true, false);
            }
            dir.toFile().setExecutable(true, false);
            dir.toFile().setReadable(true, false);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> expand(List<String> values, Map<String, String> env) {
        return values.stream().map(v -> expand(v, env)).toList();
    }

    /** The kubelet's $(NAME) expansion: a defined variable's value, $$ for a literal $, anything else left as is. */
    static String expand(String value, Map<String, String> env) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) == null ? "$" : env.getOrDefault(m.group(1), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
