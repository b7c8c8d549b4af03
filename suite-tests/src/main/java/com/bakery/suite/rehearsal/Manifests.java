package com.bakery.suite.rehearsal;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** Rendered Kubernetes objects (an overlay and the Secrets made for it), read into the API's model. */
final class Manifests {

    private final List<HasMetadata> objects = new ArrayList<>();

    /** Every object of the YAML documents given (each a {@code kubectl kustomize} or {@code --dry-run} output). */
    static Manifests of(List<String> yamlDocuments) {
        Manifests manifests = new Manifests();
        for (String yaml : yamlDocuments) {
            for (Object document : new Yaml().loadAll(yaml)) {
                if (document != null) {
                    manifests.objects.add(Serialization.unmarshal(Serialization.asJson(document), HasMetadata.class));
                }
            }
        }
        return manifests;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The object of this kind and name; throws when there is none. */
    <T extends HasMetadata> T named(Class<T> kind, String name) {
        return all(kind).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(kind.getSimpleName() + " " + name + " is not there"));
    }

    /** A ConfigMap's data; an unknown name throws, as the kubelet refuses to start such a pod. */
    Map<String, String> configMap(String name) {
        Map<String, String> data = named(ConfigMap.class, name).getData();
        return data == null ? Map.of() : data;
    }

    /** A Secret's data, decoded. */
    Map<String, String> secret(String name) {
        Secret secret = named(Secret.class, name);
        Map<String, String> data = new LinkedHashMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((key, value) -> data.put(key,
                    new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            data.putAll(secret.getStringData());
        }
        return data;
    }

    boolean hasSecret(String name) {
        return all(Secret.class).stream().anyMatch(s -> s.getMetadata().getName().equals(name));
    }

    /** The Services whose selector picks pods with these labels: the names their pods answer to. */
    List<String> servicesSelecting(Map<String, String> podLabels) {
        return all(Service.class).stream().filter(s -> s.getSpec().getSelector() != null
                && !s.getSpec().getSelector().isEmpty()
                && podLabels.entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                .map(s -> s.getMetadata().getName()).toList();
    }

    /** The HPA that owns a Deployment's replica count, if one does. */
    Optional<HorizontalPodAutoscaler> autoscalerOf(Deployment deployment) {
        return all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && deployment.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName()))
                .findFirst();
    }

    /** How many pods a Deployment runs at rest: its HPA's minimum, else its own replicas (1 when unset). */
    int replicas(Deployment deployment) {
        return autoscalerOf(deployment).map(h -> h.getSpec().getMinReplicas() == null ? 1 : h.getSpec().getMinReplicas())
                .orElseGet(() -> deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas());
    }
}
