package com.bakery.common.info;

import com.bakery.common.security.CurrentUser;
import java.util.Set;

/** What {@code GET /api/<service>/info} answers: the service and the identity it read from the verified token. */
public record ServiceInfo(String service, String version, String gitSha, String sub, String tenant,
        Set<String> groups) {

    public static ServiceInfo of(BuildInfo build, CurrentUser user) {
        return new ServiceInfo(build.service(), build.version(), build.gitSha(), user.subject(), user.tenant(),
                user.groups());
    }
}
