package com.bakery.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedSecretsTest {

    private static List<String> problems(Map<String, String> config) {
        return PublishedSecrets.problems(config.keySet(), name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void aPublishedDatabasePasswordIsNamedWithoutItsValue() {
        List<String> problems = problems(Map.of("quarkus.datasource.password", "bakery_sales_dev",
                "quarkus.datasource.username", "bakery_sales"));
        assertEquals(List.of("quarkus.datasource.password holds a development default published in the repository"),
                problems);
    }

    @Test
    void aPublishedValueIsFoundUnderAnyNameEvenPadded() {
        assertEquals(1, problems(Map.of("SALES_SERVICE_SECRET", " bakery-sales-dev ")).size());
        assertEquals(1, problems(Map.of("gateway.demo.password", "bakery-demo")).size());
    }

    @Test
    void redisWithoutAPasswordIsRefused() {
        assertEquals(List.of("quarkus.redis.hosts has no password and quarkus.redis.password (REDIS_PASSWORD) is not"
                + " set: Redis must require one in production"),
                problems(Map.of("quarkus.redis.hosts", "redis://redis:6379")));
        assertEquals(1, problems(Map.of("quarkus.redis.hosts", "redis://user@redis:6379")).size());
        assertEquals(1, problems(Map.of("quarkus.redis.hosts", "redis://:pw@a:6379,redis://b:6379")).size());
        assertEquals(1, problems(Map.of("quarkus.redis.hosts", "redis://redis:6379", "quarkus.redis.password", " "))
                .size());
    }

    @Test
    void anotherProfilesValueIsNotThisStartsConcern() {
        assertEquals(List.of(), problems(Map.of("%dev.quarkus.datasource.password", "bakery_sales_dev")));
    }

    @Test
    void realSecretsPass() {
        assertEquals(List.of(), problems(Map.of("quarkus.datasource.password", "s3cr3t-from-the-vault",
                "quarkus.redis.hosts", "redis://redis:6379", "quarkus.redis.password", "x7Yq")));
        assertEquals(List.of(), problems(Map.of("quarkus.redis.hosts", "redis://bakery:x7Yq@redis:6379")));
        assertEquals(List.of(), problems(Map.of("quarkus.datasource.username", "bakery_sales")));
    }
}
