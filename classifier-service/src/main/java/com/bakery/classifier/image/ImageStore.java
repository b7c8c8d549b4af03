package com.bakery.classifier.image;

import com.bakery.classifier.config.ClassifierConfig;
import com.bakery.common.lock.AdvisoryLock;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Keeps each tenant's images once, by SHA-256: the same photo uploaded twice is one row. A tenant keeps at most
 * {@code classifier.image-quota} (count and bytes), so one tenant cannot fill the database every tenant shares.
 */
@ApplicationScoped
public class ImageStore implements TenantRepository<StoredImage, Long> {

    private final EntityManager em;
    private final ClassifierConfig.ImageQuota quota;

    public ImageStore(EntityManager em, ClassifierConfig config) {
        this.em = em;
        this.quota = config.imageQuota();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredImage keep(String tenant, CheckedImage image) {
        String sha = image.sha256();
        // the tenant's uploads are counted one at a time, so two at once cannot both take the last place
        AdvisoryLock.lock(em, "image-quota:" + tenant);
        Optional<StoredImage> known = find(tenant, sha);
        if (known.isPresent()) {
            return known.get();
        }
        checkQuota(tenant, image.bytes().length);
        // two uploads of one image at once: the second waits here and then finds the first's row
        em.createNativeQuery("INSERT INTO image (tenant, sha256, format, width, height, size_bytes, content) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (tenant, sha256) DO NOTHING")
                .setParameter(1, tenant).setParameter(2, sha).setParameter(3, image.format().id())
                .setParameter(4, image.width()).setParameter(5, image.height())
                .setParameter(6, image.bytes().length).setParameter(7, image.bytes()).executeUpdate();
        return find(tenant, sha).orElseThrow();
    }

    private void checkQuota(String tenant, long adding) {
        long count = count("tenant", tenant);
        long bytes = ((Number) em.createNativeQuery("SELECT coalesce(sum(size_bytes), 0) FROM image WHERE tenant = ?1")
                .setParameter(1, tenant).getSingleResult()).longValue();
        if (count + 1 > quota.count() || bytes + adding > quota.bytes().asLongValue()) {
            throw ProblemException.conflict("image_quota_reached", "This bakery keeps " + count
                    + " images (" + bytes + " bytes); the limit is " + quota.count() + " images or "
                    + quota.bytes().asLongValue() + " bytes. Nothing was stored.");
        }
    }

    public Optional<StoredImage> find(String tenant, String sha256) {
        return findInTenant(tenant, "sha256 = ?1", sha256).firstResultOptional();
    }

    public Optional<StoredImage> find(String tenant, long id) {
        return findInTenant(tenant, "id = ?1", id).firstResultOptional();
    }

    /** The entity names its tenant field {@code tenant}. */
    @Override
    public String tenantField() {
        return "tenant";
    }
}
