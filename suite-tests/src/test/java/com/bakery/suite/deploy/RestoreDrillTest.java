package com.bakery.suite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

            assertEquals(0, psql(db, "UPDATE gateway.users SET enabled = NOT enabled "
                    + "WHERE id = (SELECT min(id) FROM gateway.users)").exit());
            String tampered = run(gatewaySchemas, "bash", "scripts/fingerprint.sh", db).output();
            assertNotEquals(source, tampered);
            List<String> changed = tampered.lines().filter(l -> !source.lines().toList().contains(l)).toList();
            assertEquals(1, changed.size(), tampered);
            assertTrue(changed.get(0).startsWith("gateway.users "), changed.get(0));
        } finally {
            psql("postgres", "DROP DATABASE IF EXISTS " + db);
        }
    }

    private static Run psql(String db, String sql) throws Exception {
        return run(Map.of(), "bash", "-c", "source scripts/lib.sh && psql_super -d " + db + " -c \"" + sql + "\"");
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
