package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.testing.Superuser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The backup and restore scripts against the real PostgreSQL: a restore gives back exactly what was dumped. */
class RestoreDrillTest {

    private record Run(int exit, String output) {
    }

    @Test
    void theDrillRestoresEveryTableWithTheSameRowsAndChecksums() throws Exception {
        Run drill = run(Map.of(), "bash", "scripts/restore-drill.sh");
        assertEquals(0, drill.exit(), drill.output());
        assertTrue(drill.output().contains("restore drill passed"), drill.output());
    }

    @Test
    void aRestoredDatabaseThatDiffersByOneRowIsCaught() throws Exception {
        // the gateway's schema with the audit schema its view of the trail reads
        Map<String, String> gatewaySchemas = Map.of("SCHEMAS", "audit gateway");
        Path dir = Files.createTempDirectory("bakery-backup");
        dir.toFile().setWritable(true, false);
        dir.toFile().setExecutable(true, false);
        String db = "bakery_tamper_drill";
        try {
            Run backup = run(gatewaySchemas, "bash", "scripts/backup.sh", dir.toString());
            assertEquals(0, backup.exit(), backup.output());
            String backupDir = backup.output().strip().lines().reduce((a, b) -> b).orElseThrow();
            assertEquals(0, run(Map.of(), "bash", "scripts/restore.sh", backupDir, db).exit());
            String source = run(gatewaySchemas, "bash", "scripts/fingerprint.sh", "bakery").output();
            String restored = run(gatewaySchemas, "bash", "scripts/fingerprint.sh", db).output();
            assertEquals(source, restored, "a restore is identical");

            Superuser.sql(db, "UPDATE gateway.users SET enabled = NOT enabled "
                    + "WHERE id = (SELECT min(id) FROM gateway.users)");
            String tampered = run(gatewaySchemas, "bash", "scripts/fingerprint.sh", db).output();
            assertNotEquals(source, tampered);
            List<String> changed = tampered.lines().filter(l -> !source.lines().toList().contains(l)).toList();
            assertEquals(1, changed.size(), tampered);
            assertTrue(changed.get(0).startsWith("gateway.users "), changed.get(0));
        } finally {
            Superuser.sql("postgres", "DROP DATABASE IF EXISTS " + db);
        }
    }

    /**
     * docker compose and a managed server give the scripts a superuser URL (PG_SUPERUSER_URL), not a local socket.
     * psql took the database named after that URL for the whole connection and went to a local socket: the compose
     * file's provision step, and backups of a remote server, failed. Here the scripts reach the server through a
     * URL only (TCP, a password): provisioning, a backup and a restore.
     */
    @Test
    void provisioningBackupAndRestoreWorkThroughASuperuserUrl() throws Exception {
        String role = "bakery_url_super";
        String password = "url-super-" + java.util.UUID.randomUUID();
        Superuser.sql("postgres", "DROP ROLE IF EXISTS " + role + "; CREATE ROLE " + role
                + " SUPERUSER LOGIN PASSWORD '" + password + "'");
        Map<String, String> remote = Map.of("PG_SUPERUSER_URL", "postgresql://" + role + ":" + password
                + "@127.0.0.1:5432/postgres", "SCHEMAS", "audit gateway");
        String provisioned = "bakery_scratch_url";
        String restored = "bakery_scratch_url_restored";
        Path dir = Files.createTempDirectory("bakery-url-backup");
        try {
            Run provision = run(Map.of("PG_SUPERUSER_URL", remote.get("PG_SUPERUSER_URL"), "DB_NAME", provisioned),
                    "bash", "scripts/provision-db.sh");
            assertEquals(0, provision.exit(), provision.output());
            assertEquals("audit classifier gateway inventory payments sales", Superuser.sql(provisioned,
                    "SELECT string_agg(nspname, ' ' ORDER BY nspname) FROM pg_namespace WHERE nspname IN "
                            + "('inventory','sales','payments','classifier','gateway','audit')").strip());

            Map<String, String> backupEnv = new java.util.HashMap<>(remote);
            backupEnv.put("DB_NAME", provisioned);
            Run backup = run(backupEnv, "bash", "scripts/backup.sh", dir.toString());
            assertEquals(0, backup.exit(), backup.output());
            String backupDir = backup.output().strip().lines().reduce((a, b) -> b).orElseThrow();
            Run restore = run(remote, "bash", "scripts/restore.sh", backupDir, restored);
            assertEquals(0, restore.exit(), restore.output());
            assertEquals(run(remote, "bash", "scripts/fingerprint.sh", provisioned).output(),
                    run(remote, "bash", "scripts/fingerprint.sh", restored).output());
            assertEquals("t", Superuser.sql(restored, "SELECT has_table_privilege('bakery_gateway', "
                    + "'audit.audit_record', 'INSERT') AND NOT has_table_privilege('bakery_gateway', "
                    + "'audit.audit_record', 'DELETE')").strip(), "the audit schema's grants came back too");
        } finally {
            Superuser.sql("postgres", "DROP DATABASE IF EXISTS " + provisioned + " WITH (FORCE)");
            Superuser.sql("postgres", "DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
            Superuser.sql("postgres", "DROP ROLE IF EXISTS " + role);
        }
    }

    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ServiceConfig.ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
