package com.bakery.classifier.image;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Keeps each tenant's images once, by SHA-256: the same photo uploaded twice is one row. */
@ApplicationScoped
public class ImageStore implements PanacheRepository<StoredImage> {

    private final EntityManager em;

    public ImageStore(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredImage keep(String tenant, CheckedImage image) {
        String sha = image.sha256();
        // two uploads of one image at once: the second waits here and then finds the first's row
        em.createNativeQuery("INSERT INTO image (tenant, sha256, format, width, height, size_bytes, content) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (tenant, sha256) DO NOTHING")
                .setParameter(1, tenant).setParameter(2, sha).setParameter(3, image.format().id())
                .setParameter(4, image.width()).setParameter(5, image.height())
                .setParameter(6, image.bytes().length).setParameter(7, image.bytes()).executeUpdate();
        return find(tenant, sha).orElseThrow();
    }

    public Optional<StoredImage> find(String tenant, String sha256) {
        return find("tenant = ?1 and sha256 = ?2", tenant, sha256).firstResultOptional();
    }

    public Optional<StoredImage> find(String tenant, long id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }
}
