package com.bakery.classifier.image;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image kept once per tenant, whatever it was uploaded for; its bytes are read only when asked for. */
@Entity
@Table(name = "image")
public class StoredImage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String tenant;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(nullable = false, updatable = false)
    public String format;

    @Column(nullable = false, updatable = false)
    public int width;

    @Column(nullable = false, updatable = false)
    public int height;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
