package com.bakery.classifier.classification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClassificationRepository implements PanacheRepository<Classification> {

    public Optional<Classification> find(String tenant, long id) {
        return find("from Classification c join fetch c.image where c.tenant = :tenant and c.id = :id",
                Parameters.with("tenant", tenant).and("id", id)).firstResultOptional();
    }

    /** Newest first; {@code before} is the cursor (an id), 0 for the first page. */
    public List<Classification> page(String tenant, String label, Instant from, Instant to, long before, int fetch) {
        StringBuilder q = new StringBuilder("from Classification c join fetch c.image where c.tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (label != null) {
            q.append(" and c.label = :label");
            p = p.and("label", label);
        }
        if (from != null) {
            q.append(" and c.createdAt >= :from");
            p = p.and("from", from);
        }
        if (to != null) {
            q.append(" and c.createdAt < :to");
            p = p.and("to", to);
        }
        if (before > 0) {
            q.append(" and c.id < :before");
            p = p.and("before", before);
        }
        return find(q.append(" order by c.id desc").toString(), p).page(0, fetch).list();
    }
}
