package com.bakery.classifier.classification;

import com.bakery.classifier.provider.Verdict;
import com.bakery.classifier.image.StoredImage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One answer to "which fruit is this?", with the image it was about and, optionally, the batch it belongs to. */
@Entity
@Table(name = "classification")
public class Classification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "image_id", nullable = false, updatable = false)
    public StoredImage image;

    @Column(nullable = false, updatable = false)
    public String label;

    @Column(nullable = false, updatable = false, precision = 5, scale = 4)
    public BigDecimal confidence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<Verdict.Alternative> alternatives;

    @Column(nullable = false, updatable = false)
    public String provider;

    @Column(nullable = false, updatable = false)
    public String model;

    @Column(name = "took_ms", nullable = false, updatable = false)
    public int tookMs;

    /** The inventory batch (material delivery) the photo is of, when known. */
    @Column(name = "batch_ref")
    public String batchRef;

    /** Why the chosen provider did not answer, when another did. */
    @Column(updatable = false)
    public String note;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
}
