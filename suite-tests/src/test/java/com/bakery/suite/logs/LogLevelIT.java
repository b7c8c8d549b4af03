package com.bakery.suite.logs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.Suite;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** LOG_LEVEL sets how much a service logs, as operators set it in compose's .env or the ConfigMap. */
@ExtendWith(Suite.class)
class LogLevelIT {

    /** The gateway's jar run as a command that only prints its usage: Quarkus starts, logs, and stops. */
    private static String startedWith(String level) {
        return Suite.gatewayCommand(Map.of("LOG_LEVEL", level), "tenant").output();
    }

    @Test
    void warnHidesTheStartsInfoLinesAndDebugShowsMore() {
        String info = startedWith("INFO");
        assertTrue(info.contains("\"level\":\"INFO\""), info);
        assertFalse(info.contains("\"level\":\"DEBUG\""), info);

        String warn = startedWith("WARN");
        assertFalse(warn.contains("\"level\":\"INFO\""), warn);

        assertTrue(startedWith("DEBUG").contains("\"level\":\"DEBUG\""), "DEBUG lines at LOG_LEVEL=DEBUG");
    }
}
