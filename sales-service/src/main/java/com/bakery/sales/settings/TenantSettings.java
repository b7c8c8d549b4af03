package com.bakery.sales.settings;

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
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "tax_rate_bp", nullable = false)
    public int taxRateBp;

    @Column(name = "shop_name")
    public String shopName;

    @Column(name = "shop_address")
    public String shopAddress;

    @Column(name = "tax_id")
    public String taxId;

    @Column(name = "discount_approval_percent", nullable = false)
    public int discountApprovalPercent = Settings.DEFAULT_APPROVAL_PERCENT;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
