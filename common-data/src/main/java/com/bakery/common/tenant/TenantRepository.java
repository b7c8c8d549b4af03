package com.bakery.common.tenant;

import com.bakery.common.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Arrays;
import java.util.Optional;

/**
 * A repository of rows that belong to a tenant. The tenant condition is written here, once, around what a query
 * asks: a repository says {@code findInTenant(tenant, "status = ?1 order by id", status)}, and the query keeps its
 * own parameter numbers while the tenant takes the next one.
 */
public interface TenantRepository<E, I> extends PanacheRepositoryBase<E, I> {

    /** The entity's tenant field: {@code tenantId} unless an entity names it otherwise. */
    default String tenantField() {
        return "tenantId";
    }

    /** The tenant's rows that match {@code query} (a condition, optionally with {@code order by}; blank: all). */
    default PanacheQuery<E> findInTenant(String tenant, String query, Object... params) {
        return find(TenantQuery.scoped(tenantField(), query, params.length), withTenant(tenant, params));
    }

    default long countInTenant(String tenant, String query, Object... params) {
        return count(TenantQuery.scoped(tenantField(), query, params.length), withTenant(tenant, params));
    }

    default Optional<E> findByIdInTenant(String tenant, I id) {
        return findInTenant(tenant, "id = ?1", id).firstResultOptional();
    }

    /** The tenant's row, or a 404 naming {@code what}: another tenant's id is not found, not forbidden. */
    default E getInTenant(String tenant, I id, String what) {
        return findByIdInTenant(tenant, id).orElseThrow(() -> new NotFoundProblem(what, id));
    }

    private static Object[] withTenant(String tenant, Object[] params) {
        Object[] all = Arrays.copyOf(params, params.length + 1);
        all[params.length] = tenant;
        return all;
    }
}
