package com.bakery.common.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The tenant condition a repository's query gets. */
class TenantQueryTest {

    @Test
    void aConditionIsBracketedAndTheTenantTakesTheNextParameter() {
        assertEquals("(id = ?1) and tenantId = ?2", TenantQuery.scoped("tenantId", "id = ?1", 1));
    }

    @Test
    void anOrInTheConditionCannotReachPastTheTenant() {
        assertEquals("(status = ?1 or status = ?2) and tenantId = ?3",
                TenantQuery.scoped("tenantId", "status = ?1 or status = ?2", 2));
    }

    @Test
    void theOrderingStaysAtTheEnd() {
        assertEquals("(materialId = ?1 and id > ?2) and tenantId = ?3 order by id",
                TenantQuery.scoped("tenantId", "materialId = ?1 and id > ?2 order by id", 2));
        assertEquals("tenant = ?1 order by version desc",
                TenantQuery.scoped("tenant", "order by version desc", 0));
    }

    @Test
    void aBlankQueryIsAllTheTenantsRows() {
        assertEquals("tenantId = ?1", TenantQuery.scoped("tenantId", " ", 0));
    }

    @Test
    void aParameterNumberBeyondTheGivenOnesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TenantQuery.scoped("tenantId", "id = ?2", 1));
    }
}
