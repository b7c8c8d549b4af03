package com.bakery.classifier.training;

import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TrainingImageRepository implements TenantRepository<TrainingImage, Long> {

    public Optional<TrainingImage> find(String tenant, long id) {
        return findInTenant(tenant, "id = ?1", id).firstResultOptional();
    }

    public Optional<TrainingImage> forImage(String tenant, long imageId) {
        return findInTenant(tenant, "image.id = ?1", imageId).firstResultOptional();
    }

    public List<TrainingImage> page(String tenant, String label, long after, int fetch) {
        String fetched = "from TrainingImage t join fetch t.image where t.tenant = ?1 and t.id > ?2";
        return label == null ? find(fetched + " order by t.id", tenant, after).page(0, fetch).list()
                : find(fetched + " and t.label = ?3 order by t.id", tenant, after, label).page(0, fetch).list();
    }

    /** Every training image of the tenant with its bytes, for a training run. */
    public List<TrainingImage> allWithImages(String tenant) {
        return find("from TrainingImage t join fetch t.image where t.tenant = ?1 order by t.id", tenant).list();
    }

    /** {label, count} pairs, by label. */
    public List<Object[]> countsByLabel(String tenant) {
        return getEntityManager().createQuery("select t.label, count(t) from TrainingImage t where t.tenant = ?1 "
                + "group by t.label order by t.label", Object[].class).setParameter(1, tenant).getResultList();
    }

    /** The entity names its tenant field {@code tenant}. */
    @Override
    public String tenantField() {
        return "tenant";
    }
}
