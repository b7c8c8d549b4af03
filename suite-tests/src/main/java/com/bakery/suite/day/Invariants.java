package com.bakery.suite.day;

import com.bakery.suite.db.SchemaRoles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What must hold for a tenant whatever happened (faults included), read from each service's own schema with that
 * service's role: stock on hand equals receipts − consumption − sales + returns − waste, the value of stock equals
 * its remaining batches, a product's ledger ends at its totals, every completed sale has exactly one captured
 * payment for its total and a committed reservation, and no failed sale kept money. (The audit chain is checked
 * through the API, where it is verified.)
 */
public final class Invariants {

    private final String baseUrl;
    private final UnaryOperator<String> passwords;

    /** {@code jdbcBase}: e.g. {@code jdbc:postgresql://127.0.0.1:5432/bakery}. */
    public Invariants(String jdbcBase) {
        this(jdbcBase, SchemaRoles::password);
    }

    /** With the password of each schema's role (by schema name). */
    public Invariants(String jdbcBase, UnaryOperator<String> passwords) {
        this.baseUrl = jdbcBase;
        this.passwords = passwords;
    }

    public static Invariants local() {
        return new Invariants(SchemaRoles.url());
    }

    /** Every broken invariant of {@code tenant}, in words; empty when all hold. */
    public List<String> violations(String tenant) {
        List<String> broken = new ArrayList<>();
        try (Connection inventory = connect("inventory"); Connection sales = connect("sales");
                Connection payments = connect("payments")) {
            rows(inventory, """
                    SELECT m.name, m.on_hand, coalesce(l.sum, 0) AS ledger FROM material m
                    LEFT JOIN (SELECT material_id, sum(quantity) AS sum FROM stock_movement GROUP BY material_id) l
                        ON l.material_id = m.id
                    WHERE m.tenant_id = ? AND m.on_hand <> coalesce(l.sum, 0)""", tenant)
                    .forEach(r -> broken.add("material " + r.get("name") + ": on hand " + r.get("on_hand")
                            + " but the ledger sums to " + r.get("ledger")));
            rows(inventory, """
                    SELECT m.name, m.on_hand, m.stock_value, b.remaining, b.value FROM material m
                    LEFT JOIN (SELECT material_id, sum(remaining) AS remaining, sum(remaining * unit_cost_cents) AS value
                               FROM batch GROUP BY material_id) b ON b.material_id = m.id
                    WHERE m.tenant_id = ? AND (m.on_hand <> coalesce(b.remaining, 0)
                        OR m.stock_value <> coalesce(b.value, 0))""", tenant)
                    .forEach(r -> broken.add("material " + r.get("name") + ": on hand " + r.get("on_hand") + ", value "
                            + r.get("stock_value") + " but its batches hold " + r.get("remaining") + ", worth "
                            + r.get("value")));
            rows(inventory, """
                    SELECT p.name, p.on_hand, made.units AS made, sold.units AS sold, back.units AS returned,
                        thrown.units AS wasted
                    FROM product p
                    LEFT JOIN (SELECT product_id, sum(units_produced) AS units FROM production_run GROUP BY product_id)
                        made ON made.product_id = p.id
                    LEFT JOIN (SELECT l.product_id, sum(l.quantity) AS units FROM reservation_line l
                               JOIN reservation r ON r.id = l.reservation_id WHERE r.status = 'COMMITTED'
                               GROUP BY l.product_id) sold ON sold.product_id = p.id
                    LEFT JOIN (SELECT product_id, sum(quantity) AS units FROM product_layer WHERE source = 'RETURN'
                               GROUP BY product_id) back ON back.product_id = p.id
                    LEFT JOIN (SELECT product_id, -sum(quantity) AS units FROM product_movement WHERE kind = 'WASTE'
                               GROUP BY product_id) thrown ON thrown.product_id = p.id
                    WHERE p.tenant_id = ? AND p.on_hand <> coalesce(made.units, 0) - coalesce(sold.units, 0)
                        + coalesce(back.units, 0) - coalesce(thrown.units, 0)""", tenant)
                    .forEach(r -> broken.add("product " + r.get("name") + ": on hand " + r.get("on_hand") + " but made "
                            + r.get("made") + ", sold " + r.get("sold") + ", returned " + r.get("returned")
                            + ", wasted " + r.get("wasted")));
            rows(inventory, """
                    SELECT p.name, p.on_hand, p.stock_value, l.quantity_after, l.value_after FROM product p
                    JOIN LATERAL (SELECT quantity_after, value_after FROM product_movement m
                                  WHERE m.product_id = p.id ORDER BY m.id DESC LIMIT 1) l ON true
                    WHERE p.tenant_id = ? AND (p.on_hand <> l.quantity_after OR p.stock_value <> l.value_after)""",
                    tenant)
                    .forEach(r -> broken.add("product " + r.get("name") + ": on hand " + r.get("on_hand") + ", value "
                            + r.get("stock_value") + " but its ledger ends at " + r.get("quantity_after") + ", "
                            + r.get("value_after")));
            rows(inventory, """
                    SELECT p.name, p.on_hand, l.remaining FROM product p LEFT JOIN (SELECT product_id,
                        sum(remaining) AS remaining FROM product_layer GROUP BY product_id) l ON l.product_id = p.id
                    WHERE p.tenant_id = ? AND p.on_hand <> coalesce(l.remaining, 0)""", tenant)
                    .forEach(r -> broken.add("product " + r.get("name") + ": on hand " + r.get("on_hand")
                            + " but its layers hold " + r.get("remaining")));

            Map<String, String> reservations = new HashMap<>();
            rows(inventory, "SELECT sale_id, status FROM reservation WHERE tenant_id = ?", tenant)
                    .forEach(r -> reservations.put((String) r.get("sale_id"), (String) r.get("status")));
            Map<String, List<Map<String, Object>>> paid = new HashMap<>();
            rows(payments, "SELECT reference, status, amount_cents, captured_cents, refunded_cents FROM payment "
                    + "WHERE tenant_id = ?", tenant)
                    .forEach(r -> paid.computeIfAbsent((String) r.get("reference"), k -> new ArrayList<>()).add(r));
            for (Map<String, Object> sale : rows(sales, "SELECT id::text AS id, status, total_cents FROM sale "
                    + "WHERE tenant_id = ? AND status <> 'PENDING'", tenant)) {
                String id = (String) sale.get("id");
                List<Map<String, Object>> captured = paid.getOrDefault(id, List.of()).stream()
                        .filter(p -> ((Number) p.get("captured_cents")).longValue() > 0).toList();
                if ("COMPLETED".equals(sale.get("status"))) {
                    if (captured.size() != 1 || ((Number) captured.get(0).get("captured_cents")).longValue()
                            != ((Number) sale.get("total_cents")).longValue()) {
                        broken.add("completed sale " + id + " of " + sale.get("total_cents") + " has captured payments "
                                + captured);
                    }
                    if (!"COMMITTED".equals(reservations.get(id))) {
                        broken.add("completed sale " + id + " has its stock " + reservations.get(id));
                    }
                } else {
                    boolean kept = captured.stream().anyMatch(p -> ((Number) p.get("captured_cents")).longValue()
                            > ((Number) p.get("refunded_cents")).longValue());
                    if (kept) {
                        broken.add("failed sale " + id + " kept money: " + captured);
                    }
                    if ("COMMITTED".equals(reservations.get(id)) || "RESERVED".equals(reservations.get(id))) {
                        broken.add("failed sale " + id + " still holds its stock (" + reservations.get(id) + ")");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return broken;
    }

    /** How many of the tenant's sales are still PENDING (a card awaiting its buyer, or a saga not yet finished). */
    public long pendingSales(String tenant) {
        try (Connection sales = connect("sales")) {
            return ((Number) rows(sales, "SELECT count(*) AS n FROM sale WHERE tenant_id = ? AND status = 'PENDING'",
                    tenant).get(0).get("n")).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect(String schema) throws SQLException {
        return SchemaRoles.connect(baseUrl, schema, passwords.apply(schema));
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, String tenant) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
