package com.bakery.classifier.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "tenant_settings")
public class TenantSettings extends PanacheEntityBase {

    @Id
    public String tenant;

    /** {@code local} or {@code openai}. */
    @Column(nullable = false)
    public String provider;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
