package com.bakery.gateway.identity.invitation;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.RandomTokens;
import com.bakery.common.security.Sha256;
import com.bakery.gateway.db.Database;
import com.bakery.gateway.identity.user.User;
import com.bakery.gateway.identity.user.UserRepository;
import com.bakery.gateway.identity.user.UserService;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Staff invitations: an admin invites a user name with roles and hands over a one-time code (shown once, stored
 * as SHA-256: 128 random bits need no slow hash); the invitee chooses their password, and a PIN if they like, with
 * it. A code works once and until it expires; an admin can withdraw it.
 */
@ApplicationScoped
public class InvitationService {

    @ConfigMapping(prefix = "gateway.invitations")
    public interface InvitationConfig {
        /** How long an invitation's code works. */
        @WithDefault("72h")
        Duration lifetime();
    }

    /** An invitation just made, with its code (never shown again). */
    public record Issued(Invitation invitation, String code) {
    }

    private final InvitationRepository invitations;
    private final UserRepository users;
    private final UserService accounts;
    private final InvitationConfig config;

    public InvitationService(InvitationRepository invitations, UserRepository users, UserService accounts,
            InvitationConfig config) {
        this.invitations = invitations;
        this.users = users;
        this.accounts = accounts;
        this.config = config;
    }

    @Transactional
    public Issued invite(String tenant, String admin, String username, Set<String> roles) {
        if (!username.endsWith("@" + tenant)) {
            throw ProblemException.invalid("username", "must end with @" + tenant);
        }
        accounts.checkRoles(roles);
        if (users.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("username_taken", "Username " + username + " is taken.");
        }
        String code = RandomTokens.of(16);
        Instant now = Database.now();
        Invitation invitation = new Invitation(UUID.randomUUID(), tenant, username, new TreeSet<>(roles), admin, now,
                now.plus(config.lifetime()), null, null);
        try {
            invitations.insert(invitation, Sha256.hex(code));
        } catch (Database.DataAccessException e) {
            if (!"23505".equals(e.sqlState())) { // unique_violation: a pending invitation has this name
                throw e;
            }
            throw ProblemException.conflict("invitation_pending", username + " is invited already: withdraw that "
                    + "invitation to send another.");
        }
        return new Issued(invitation, code);
    }

    /**
     * Accepts an invitation with its code: makes the user with their own password (and PIN). A code unknown,
     * used, withdrawn or expired is refused, naming which.
     */
    @Transactional
    public User accept(String code, String password, String pin) {
        Invitation invitation = invitations.lockByCodeHash(Sha256.hex(code)).orElseThrow(() -> new ProblemException(
                404, "invitation_unknown", "Not Found", "This invitation code is not known."));
        if (invitation.acceptedAt() != null) {
            throw refused("invitation_used", "This invitation was accepted already: sign in with your password.");
        }
        if (invitation.withdrawnAt() != null) {
            throw refused("invitation_withdrawn", "This invitation was withdrawn: ask your admin for a new one.");
        }
        if (!Database.now().isBefore(invitation.expiresAt())) {
            throw refused("invitation_expired", "This invitation expired: ask your admin for a new one.");
        }
        User user = accounts.create(invitation.tenantId(), invitation.username(), password, invitation.roles());
        if (pin != null) {
            accounts.setPin(user, pin);
        }
        invitations.accepted(invitation.id());
        return user;
    }

    @Transactional
    public void withdraw(String tenant, UUID id) {
        if (!invitations.withdraw(tenant, id)) {
            throw new NotFoundProblem("invitation", id);
        }
    }

    private static ProblemException refused(String code, String detail) {
        return new ProblemException(410, code, "Gone", detail);
    }
}
