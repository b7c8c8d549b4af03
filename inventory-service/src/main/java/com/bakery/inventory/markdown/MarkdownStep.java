package com.bakery.inventory.markdown;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a tenant's markdown rule: from {@code afterHours} of age, a unit sells {@code percent} % off. */
@Entity
@Table(name = "markdown_step")
public class MarkdownStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "after_hours", nullable = false)
    public int afterHours;

    @Column(nullable = false)
    public int percent;
}
