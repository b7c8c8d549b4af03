package com.bakery.classifier.training;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ModelVersionRepository implements TenantRepository<ModelVersion, Long> {

    public List<ModelVersion> all(String tenant) {
        return findInTenant(tenant, "order by version desc").list();
    }

    public Optional<ModelVersion> find(String tenant, int version) {
        return findInTenant(tenant, "version = ?1", version).firstResultOptional();
    }

    public Optional<ModelVersion> active(String tenant) {
        return findInTenant(tenant, "active = true").firstResultOptional();
    }

    public boolean training(String tenant) {
        return countInTenant(tenant, "status = ?1", ModelStatus.TRAINING) > 0;
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

    /** The entity names its tenant field {@code tenant}. */
    @Override
    public String tenantField() {
        return "tenant";
    }
}
