package com.bakery.common.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code DATABASE_URL} as the seeds, libpq and most hosting platforms write it,
 * {@code postgresql://user:password@host:5432/bakery?sslmode=require}, as well as JDBC's
 * {@code jdbc:postgresql://host:5432/bakery}: the datasource gets the JDBC form, and the URL's user and password
 * unless {@code DATABASE_USER} / {@code DATABASE_PASSWORD} are set. Written here because neither Quarkus nor the
 * PostgreSQL JDBC driver reads a libpq URL. Registered in META-INF/services; runs outside the expressions, so it sees
 * {@code ${DATABASE_URL:...}} already expanded.
 */
@Priority(Priorities.APPLICATION + 100)
public class DatabaseUrl implements ConfigSourceInterceptor {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";

    /** A libpq URL taken apart: the JDBC URL, and the user and password it carried (null when it had none). */
    record Libpq(String jdbc, String user, String password) {

        static Optional<Libpq> parse(String url) {
            if (url == null) {
                return Optional.empty();
            }
            String rest;
            if (url.startsWith("postgresql://")) {
                rest = url.substring("postgresql://".length());
            } else if (url.startsWith("postgres://")) {
                rest = url.substring("postgres://".length());
            } else {
                return Optional.empty();
            }
            int pathStart = indexOfAny(rest, "/?");
            String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
            String pathAndQuery = pathStart < 0 ? "" : rest.substring(pathStart);
            int at = authority.lastIndexOf('@');
            String user = null;
            String password = null;
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
                authority = authority.substring(at + 1);
            }
            // several hosts (host1:5432,host2:5432) are written alike in both forms
            return Optional.of(new Libpq("jdbc:postgresql://" + authority + pathAndQuery, user, password));
        }

        private static int indexOfAny(String text, String chars) {
            for (int i = 0; i < text.length(); i++) {
                if (chars.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        private static String decode(String part) {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        return switch (name) {
            case JDBC_URL -> libpq(value).map(url -> value.withValue(url.jdbc())).orElse(value);
            case USERNAME -> fromUrl(context, value, name, "DATABASE_USER", Libpq::user);
            case PASSWORD -> fromUrl(context, value, name, "DATABASE_PASSWORD", Libpq::password);
            default -> value;
        };
    }

    private static Optional<Libpq> libpq(ConfigValue value) {
        return value == null ? Optional.empty() : Libpq.parse(value.getValue());
    }

    /** The URL's user or password, unless the variable that names it on its own is set. */
    private static ConfigValue fromUrl(ConfigSourceInterceptorContext context, ConfigValue value, String name,
            String variable, java.util.function.Function<Libpq, String> part) {
        if (context.proceed(variable) != null) {
            return value;
        }
        Optional<String> fromUrl = libpq(context.proceed(JDBC_URL)).map(part);
        if (fromUrl.isEmpty() || fromUrl.get() == null) {
            return value;
        }
        return value != null ? value.withValue(fromUrl.get())
                : ConfigValue.builder().withName(name).withValue(fromUrl.get()).build();
    }
}
