package com.bakery.classifier.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One training run of a tenant's local model and, once READY, its weights. */
@Entity
@Table(name = "model_version")
public class ModelVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelStatus status = ModelStatus.TRAINING;

    @Column(nullable = false, precision = 4, scale = 3)
    public BigDecimal progress = BigDecimal.ZERO;

    public String method;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] labels = new String[0];

    @Column(name = "training_images", nullable = false)
    public int trainingImages;

    @Column(name = "held_out_images", nullable = false)
    public int heldOutImages;

    @Column(name = "held_out_accuracy", precision = 4, scale = 3)
    public BigDecimal heldOutAccuracy;

    @Basic(fetch = FetchType.LAZY)
    public byte[] weights;

    @Column(nullable = false)
    public boolean active;

    public String error;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt = Instant.now();

    @Column(name = "finished_at")
    public Instant finishedAt;
}
