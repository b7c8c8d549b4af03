package com.bakery.suite.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * A strict check of rendered manifests, as a cluster with strict field validation and a careful reviewer would
 * make it. Each object is read into the Kubernetes API's model (fabric8), and any field the model does not know is
 * refused (the model keeps such fields aside as "additional properties"; the API server refuses them). Then what a
 * schema cannot see: selectors that select the pods they mean, Service ports that reach a container port, every
 * referenced ConfigMap key and Secret present (or listed for the operator to create), probes on a served health
 * path and a real port. Returns what is wrong, one line each; empty when nothing is.
 */
final class StrictManifests {

    static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    /** The container port of the services' management interface (health, metrics, OpenAPI). */
    static final String MANAGEMENT = "management";

    private final List<HasMetadata> objects = new ArrayList<>();
    private final Set<String> requiredSecrets;
    private final List<String> problems = new ArrayList<>();

    private StrictManifests(Set<String> requiredSecrets) {
        this.requiredSecrets = requiredSecrets;
    }

    /** What is wrong with the rendered documents, given the Secrets the operator creates. */
    static List<String> problems(String rendered, Set<String> requiredSecrets) {
        StrictManifests check = new StrictManifests(requiredSecrets);
        for (Object document : new Yaml().loadAll(rendered)) {
            if (document != null) {
                check.read(document);
            }
        }
        check.objects.forEach(check::checkSemantics);
        return check.problems;
    }

    private void read(Object document) {
        String json = Serialization.asJson(document);
        HasMetadata object;
        try {
            object = Serialization.unmarshal(json, HasMetadata.class);
        } catch (RuntimeException e) {
            problems.add(describe(document) + ": not a valid object: " + e.getMessage());
            return;
        }
        if (object instanceof GenericKubernetesResource) {
            problems.add(describe(document) + ": no schema for this apiVersion and kind");
            return;
        }
        unknownFields(object, name(object), problems);
        objects.add(object);
    }

    private static String describe(Object document) {
        if (document instanceof Map<?, ?> map && map.get("metadata") instanceof Map<?, ?> metadata) {
            return map.get("kind") + "/" + metadata.get("name");
        }
        return String.valueOf(document);
    }

    static String name(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    /** Walks the model's getters; a model object holding "additional properties" had a field its schema lacks. */
    private static void unknownFields(Object node, String path, List<String> problems) {
        if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean
                || node instanceof Enum<?>) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, problems));
            return;
        }
        String type = node.getClass().getName();
        if (!type.startsWith("io.fabric8.kubernetes.api.model")
                && !type.startsWith("io.fabric8.openshift.api.model.monitoring")) { // ServiceMonitor
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> problems.add(path + ": unknown field " + key));
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(value, path + "." + field, problems);
        }
    }

    private void checkSemantics(HasMetadata object) {
        String name = name(object);
        PodTemplateSpec template = template(object);
        if (template != null) {
            checkPod(name, template);
        }
        if (object instanceof Deployment d && !contains(template.getMetadata().getLabels(),
                d.getSpec().getSelector().getMatchLabels())) {
            problems.add(name + ": its selector does not select its own pods");
        }
        if (object instanceof StatefulSet s && !contains(template.getMetadata().getLabels(),
                s.getSpec().getSelector().getMatchLabels())) {
            problems.add(name + ": its selector does not select its own pods");
        }
        if (object instanceof Service service) {
            checkService(name, service);
        }
        if (object instanceof NetworkPolicy policy) {
            checkSelects(name + " podSelector", policy.getSpec().getPodSelector().getMatchLabels());
            list(policy.getSpec().getIngress()).forEach(rule -> {
                if (list(rule.getFrom()).isEmpty()) {
                    problems.add(name + ": an ingress rule without peers admits everyone");
                }
                list(rule.getFrom()).stream().filter(peer -> peer.getNamespaceSelector() == null)
                        .map(NetworkPolicyPeer::getPodSelector).filter(Objects::nonNull)
                        .forEach(selector -> checkSelects(name + " peer", selector.getMatchLabels()));
            });
        }
        if (object instanceof HorizontalPodAutoscaler hpa && find(hpa.getSpec().getScaleTargetRef().getKind(),
                hpa.getSpec().getScaleTargetRef().getName()) == null) {
            problems.add(name + ": scales " + hpa.getSpec().getScaleTargetRef().getName() + ", which does not exist");
        }
        if (object instanceof PodDisruptionBudget pdb) {
            checkSelects(name + " selector", pdb.getSpec().getSelector().getMatchLabels());
        }
    }

    private static PodTemplateSpec template(HasMetadata object) {
        if (object instanceof Deployment d) {
            return d.getSpec().getTemplate();
        }
        if (object instanceof StatefulSet s) {
            return s.getSpec().getTemplate();
        }
        if (object instanceof Job j) {
            return j.getSpec().getTemplate();
        }
        if (object instanceof CronJob c) {
            return c.getSpec().getJobTemplate().getSpec().getTemplate();
        }
        return null;
    }

    private void checkPod(String name, PodTemplateSpec template) {
        list(template.getSpec().getVolumes()).forEach(volume -> {
            if (volume.getConfigMap() != null) {
                configMap(name, volume.getConfigMap().getName());
            }
            if (volume.getSecret() != null) {
                secret(name, volume.getSecret().getSecretName(), null, volume.getSecret().getOptional());
            }
        });
        for (Container container : list(template.getSpec().getContainers())) {
            list(container.getEnvFrom()).forEach(from -> {
                if (from.getConfigMapRef() != null) {
                    configMap(name, from.getConfigMapRef().getName());
                }
                if (from.getSecretRef() != null) {
                    secret(name, from.getSecretRef().getName(), null, from.getSecretRef().getOptional());
                }
            });
            list(container.getEnv()).stream().filter(env -> env.getValueFrom() != null).forEach(env -> {
                var configKey = env.getValueFrom().getConfigMapKeyRef();
                if (configKey != null) {
                    ConfigMap map = configMap(name, configKey.getName());
                    if (map != null && (map.getData() == null || !map.getData().containsKey(configKey.getKey()))) {
                        problems.add(name + ": " + env.getName() + " reads key " + configKey.getKey()
                                + " that ConfigMap " + configKey.getName() + " lacks");
                    }
                }
                var secretKey = env.getValueFrom().getSecretKeyRef();
                if (secretKey != null) {
                    secret(name, secretKey.getName(), secretKey.getKey(), secretKey.getOptional());
                }
            });
            for (Probe probe : new Probe[] { container.getStartupProbe(), container.getLivenessProbe(),
                    container.getReadinessProbe() }) {
                if (probe != null && probe.getHttpGet() != null) {
                    if (!HEALTH_PATHS.contains(probe.getHttpGet().getPath())) {
                        problems.add(name + ": probes " + probe.getHttpGet().getPath() + ", not a health path");
                    }
                    if (!hasPort(List.of(container), probe.getHttpGet().getPort())) {
                        problems.add(name + ": probes port " + probe.getHttpGet().getPort().getValue()
                                + ", which its container does not open");
                    } else if (!MANAGEMENT.equals(portName(container, probe.getHttpGet().getPort()))) {
                        problems.add(name + ": probes port " + probe.getHttpGet().getPort().getValue()
                                + ", but health is served on the management port only");
                    }
                }
            }
        }
    }

    private void checkService(String name, Service service) {
        Map<String, String> selector = service.getSpec().getSelector();
        List<Container> containers = new ArrayList<>();
        for (HasMetadata object : objects) {
            PodTemplateSpec template = template(object);
            if (template != null && !(object instanceof Job) && !(object instanceof CronJob) && selector != null
                    && !selector.isEmpty() && contains(template.getMetadata().getLabels(), selector)) {
                containers.addAll(template.getSpec().getContainers());
            }
        }
        if (containers.isEmpty()) {
            problems.add(name + ": its selector " + selector + " selects no pods");
            return;
        }
        for (ServicePort port : list(service.getSpec().getPorts())) {
            IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
            if (!hasPort(containers, target)) {
                problems.add(name + ": port " + port.getPort() + " targets " + target.getValue()
                        + ", which no selected container opens");
            }
        }
    }

    /** The name of the container port a probe's port (named or numbered) is; null when none. */
    private static String portName(Container container, IntOrString port) {
        return list(container.getPorts()).stream().filter(p -> port.getStrVal() != null
                ? port.getStrVal().equals(p.getName()) : port.getIntVal().equals(p.getContainerPort()))
                .map(ContainerPort::getName).findFirst().orElse(null);
    }

    private static boolean hasPort(List<Container> containers, IntOrString port) {
        return containers.stream().flatMap(c -> list(c.getPorts()).stream()).anyMatch(p -> port.getIntVal() != null
                ? port.getIntVal().equals(p.getContainerPort()) : port.getStrVal().equals(p.getName()));
    }

    private void checkSelects(String what, Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return; // every pod
        }
        boolean any = objects.stream().map(StrictManifests::template).filter(Objects::nonNull)
                .anyMatch(t -> contains(t.getMetadata().getLabels(), labels));
        if (!any) {
            problems.add(what + " " + labels + " selects no pods");
        }
    }

    private ConfigMap configMap(String from, String name) {
        HasMetadata map = find("ConfigMap", name);
        if (map == null) {
            problems.add(from + ": ConfigMap " + name + " does not exist");
        }
        return (ConfigMap) map;
    }

    private void secret(String from, String name, String key, Boolean optional) {
        if (Boolean.TRUE.equals(optional)) {
            return;
        }
        HasMetadata secret = find("Secret", name);
        if (secret == null && !requiredSecrets.contains(name)) {
            problems.add(from + ": Secret " + name + " is neither defined nor listed in required-secrets.txt");
        }
        if (secret instanceof Secret s && key != null && !merged(s).containsKey(key)) {
            problems.add(from + ": Secret " + name + " lacks key " + key);
        }
    }

    private static Map<String, String> merged(Secret secret) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (secret.getData() != null) {
            keys.putAll(secret.getData());
        }
        if (secret.getStringData() != null) {
            keys.putAll(secret.getStringData());
        }
        return keys;
    }

    /** A list the model left null (a field given as null) as an empty one. */
    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private HasMetadata find(String kind, String name) {
        return objects.stream().filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
                .findFirst().orElse(null);
    }

    private static boolean contains(Map<String, String> labels, Map<String, String> selector) {
        return labels != null && selector != null && new HashMap<>(labels).entrySet().containsAll(selector.entrySet());
    }
}
