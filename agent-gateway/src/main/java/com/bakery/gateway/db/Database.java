package com.bakery.gateway.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's few tables (users, API keys, flags, the audit trail) through plain JDBC: Hibernate ORM was a third of
 * the classes the gateway loaded, for two small entities, and ~40 MB of its memory (scripts/java-opts.sh). Inside a
 * {@code @Transactional} method the connection is the transaction's; outside one, each call commits on its own.
 * SQL errors come out as {@link DataAccessException}, with the driver's exception as the cause.
 */
@ApplicationScoped
public class Database {

    /** Reads the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on the connection itself (JDBC batches). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return run(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params);
                    ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        });
    }

    public <T> Optional<T> first(String sql, Row<T> row, Object... params) {
        return list(sql, row, params).stream().findFirst();
    }

    /** Rows changed. */
    public int update(String sql, Object... params) {
        return run(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Waits for, then holds until the transaction ends, the advisory lock of this key. */
    public void lockForTransaction(long key) {
        list("SELECT pg_advisory_xact_lock(?)", rs -> Boolean.TRUE, key);
    }

    public <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Now, to the microsecond a {@code timestamptz} keeps: what is answered is what a later read shows. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code timestamptz} to an instant; null stays null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                statement.setObject(i + 1, p instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : p);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** A statement the database refused (or could not run: see DatabaseUnavailable). */
    public static class DataAccessException extends RuntimeException {
        public DataAccessException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }
}
