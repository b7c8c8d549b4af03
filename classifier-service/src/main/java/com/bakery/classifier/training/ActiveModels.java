package com.bakery.classifier.training;

import com.bakery.classifier.model.FruitModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's active model, decoded once and kept in memory; asking which version is active is one small query,
 * so switching versions (or training a new one) takes effect at the next classification, on every replica.
 */
@ApplicationScoped
public class ActiveModels {

    /** A decoded model and the version it is. */
    public record Loaded(long id, int version, FruitModel model) {
    }

    private final EntityManager em;
    private final ModelVersionRepository versions;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    public ActiveModels(EntityManager em, ModelVersionRepository versions) {
        this.em = em;
        this.versions = versions;
    }

    public Optional<Loaded> of(String tenant) {
        List<Object[]> rows = em.createQuery("select m.id, m.version from ModelVersion m where m.tenant = ?1 "
                + "and m.active = true", Object[].class).setParameter(1, tenant).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long id = (Long) rows.get(0)[0];
        Loaded cached = cache.get(tenant);
        if (cached != null && cached.id() == id) {
            return Optional.of(cached);
        }
        ModelVersion m = versions.findById(id);
        Loaded loaded = new Loaded(id, m.version, FruitModel.fromBytes(m.weights));
        cache.put(tenant, loaded);
        return Optional.of(loaded);
    }
}
