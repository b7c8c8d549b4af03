package com.bakery.classifier.training;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ModelVersionRepository implements PanacheRepository<ModelVersion> {

    public List<ModelVersion> all(String tenant) {
        return find("tenant = ?1 order by version desc", tenant).list();
    }

    public Optional<ModelVersion> find(String tenant, int version) {
        return find("tenant = ?1 and version = ?2", tenant, version).firstResultOptional();
    }

    public Optional<ModelVersion> active(String tenant) {
        return find("tenant = ?1 and active = true", tenant).firstResultOptional();
    }

    public boolean training(String tenant) {
        return count("tenant = ?1 and status = ?2", tenant, ModelStatus.TRAINING) > 0;
    }

    public int nextVersion(String tenant) {
        Integer last = getEntityManager().createQuery("select max(m.version) from ModelVersion m where m.tenant = ?1",
                Integer.class).setParameter(1, tenant).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Makes this version the tenant's only active one. */
    public void activate(ModelVersion model) {
        com.bakery.common.lock.AdvisoryLock.lock(getEntityManager(), "classifier-active-model:" + model.tenant);
        update("active = false where tenant = ?1 and active = true and id <> ?2", model.tenant, model.id);
        getEntityManager().flush();
        model.active = true;
    }

    /** Marks the tenant's runs still training as failed: for a caller that knows they died. */
    public int failTraining(String tenant, String why) {
        return update("status = ?1, error = ?2, finishedAt = current_timestamp where tenant = ?3 and status = ?4",
                ModelStatus.FAILED, why, tenant, ModelStatus.TRAINING);
    }

    /** Runs whose process died (no progress for minutes): they will never finish. */
    public int failStale(Instant silentSince) {
        return update("status = ?1, error = ?2, finishedAt = current_timestamp where status = ?3 and heartbeatAt < ?4",
                ModelStatus.FAILED, "stopped without finishing (the service was restarted)", ModelStatus.TRAINING,
                silentSince);
    }
}
