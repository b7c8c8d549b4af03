package com.bakery.gateway.identity.user;

import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.gateway.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
@Transactional
public class UserService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Event<AccessWithdrawn> withdrawn;
    // verified when the user does not exist, so a wrong username costs the same time as a wrong password; made at
    // the first sign-in rather than at start (an Argon2 derivation)
    private volatile String decoyHash;

    public UserService(UserRepository users, PasswordHasher hasher, Event<AccessWithdrawn> withdrawn) {
        this.users = users;
        this.hasher = hasher;
        this.withdrawn = withdrawn;
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-for-timing");
        }
        return decoyHash;
    }

    /** The user with these credentials, or empty; never says which part was wrong. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = users.findByUsername(username);
        boolean matches = hasher.matches(password, user.map(u -> u.passwordHash).orElseGet(this::decoyHash));
        return matches && user.get().enabled ? user : Optional.empty();
    }

    /** What a PIN at a till came to; {@code user} only when accepted. */
    public record PinCheck(PinOutcome outcome, User user) {
    }

    public enum PinOutcome {
        ACCEPTED, REFUSED, LOCKED
    }

    /**
     * A staff member of the till's tenant by their PIN. An attempt is charged before the PIN is checked and kept when
     * it was wrong (the answer is returned, not thrown, so it is committed); the fifth wrong one locks the PIN.
     */
    public PinCheck authenticatePin(String tenant, String username, String pin) {
        Optional<User> found = users.findByUsername(username)
                .filter(u -> u.tenantId.equals(tenant) && u.enabled && u.pinHash != null);
        if (found.isEmpty()) {
            hasher.matches(pin, decoyHash());
            return new PinCheck(PinOutcome.REFUSED, null);
        }
        User user = found.get();
        if (!users.chargePinAttempt(user.id)) {
            return new PinCheck(PinOutcome.LOCKED, null);
        }
        if (!hasher.matches(pin, user.pinHash)) {
            return new PinCheck(PinOutcome.REFUSED, null);
        }
        users.clearPinFailures(user.id);
        return new PinCheck(PinOutcome.ACCEPTED, user);
    }

    /** The user's own PIN, proven by their password; empty when the password does not hold. */
    public Optional<User> setOwnPin(String username, String password, String pin) {
        Pins.check("pin", pin);
        Optional<User> user = authenticate(username, password);
        user.ifPresent(u -> storePin(u, pin));
        return user;
    }

    public User create(String tenant, String username, String password, Set<String> roles) {
        return create(tenant, username, password, roles, false);
    }

    private User create(String tenant, String username, String password, Set<String> roles,
            boolean passwordChangeRequired) {
        checkRoles(roles);
        User user = new User();
        user.tenantId = tenant;
        user.username = username;
        user.passwordHash = hasher.hash(password);
        user.roles = new TreeSet<>(roles);
        user.passwordChangeRequired = passwordChangeRequired;
        try {
            users.persist(user);
        } catch (Database.DataAccessException e) {
            if (!"23505".equals(e.sqlState())) { // unique_violation: the name is taken (checked by the database,
                throw e;                          // so two admins creating it at once cannot both succeed)
            }
            throw ProblemException.conflict("username_taken", "Username " + username + " is taken.");
        }
        return user;
    }

    /**
     * A new tenant's first admin, with a one-time password they must change at the first sign-in. Refused when the
     * tenant has any user already (409 {@code tenant_exists}): a tenant is made once, never taken over. Tenants made
     * at once under the same name are serialised by a lock on the name, so only one of them is made.
     */
    public User createFirstAdmin(String tenant, String username, String oneTimePassword) {
        users.lockTenantName(tenant);
        if (users.tenantExists(tenant)) {
            throw ProblemException.conflict("tenant_exists", "Tenant " + tenant + " exists already.");
        }
        return create(tenant, username, oneTimePassword, Set.of(Role.ADMIN.claim()), true);
    }

    /**
     * The user's own new password, proven by the current one; clears a one-time password's change requirement.
     * Empty when the credentials do not hold (the caller says no more than a failed sign-in would).
     */
    public Optional<User> changePassword(String username, String password, String newPassword) {
        Optional<User> user = authenticate(username, password);
        if (user.isEmpty()) {
            return user;
        }
        if (newPassword.equals(password)) {
            throw ProblemException.invalid("newPassword", "must differ from the current password");
        }
        User changed = user.get();
        changed.passwordHash = hasher.hash(newPassword);
        changed.passwordChangeRequired = false;
        users.update(changed);
        return user;
    }

    /** An admin changes a user of their own tenant: roles, password, till PIN (which unlocks it), enabled. */
    public User update(String tenant, String admin, long id, Set<String> roles, String password, String pin,
            Boolean enabled) {
        if (pin != null) {
            Pins.check("pin", pin);
        }
        User user = users.getInTenant(tenant, id);
        boolean self = user.username.equals(admin);
        if (self && ((roles != null && !roles.contains("admin")) || Boolean.FALSE.equals(enabled))) {
            throw ProblemException.conflict("cannot_lock_out_self",
                    "An admin cannot remove their own admin role or disable themselves.");
        }
        if (roles != null) {
            checkRoles(roles);
            user.roles = new TreeSet<>(roles);
        }
        if (password != null) {
            user.passwordHash = hasher.hash(password);
        }
        if (enabled != null) {
            user.enabled = enabled;
        }
        users.update(user);
        if (pin != null) {
            storePin(user, pin);
        }
        if (Boolean.FALSE.equals(enabled)) {
            withdrawn.fire(new AccessWithdrawn(user.id, AccessWithdrawn.Why.DISABLED));
        } else if (password != null) {
            withdrawn.fire(new AccessWithdrawn(user.id, AccessWithdrawn.Why.PASSWORD_RESET));
        }
        return user;
    }

    public void delete(String tenant, String admin, long id) {
        User user = users.getInTenant(tenant, id);
        if (user.username.equals(admin)) {
            throw ProblemException.conflict("cannot_lock_out_self", "An admin cannot delete themselves.");
        }
        withdrawn.fire(new AccessWithdrawn(user.id, AccessWithdrawn.Why.DELETED));
        users.delete(user);
    }

    /** Sets a user's till PIN (an invitee's own, at acceptance). */
    public void setPin(User user, String pin) {
        Pins.check("pin", pin);
        storePin(user, pin);
    }

    /** The one way a PIN is stored: hashed like a password, which also unlocks it. Checked by the caller. */
    private void storePin(User user, String pin) {
        user.pinHash = hasher.hash(pin);
        user.pinFailures = 0;
        users.setPin(user.id, user.pinHash);
    }

    public static void checkRoles(Set<String> roles) {
        List<String> unknown = roles.stream().filter(r -> !Role.isKnown(r)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "unknown_role", "Request is not valid", "Unknown roles: " + unknown,
                    List.of(new Problem.FieldError("roles", "unknown role " + String.join(", ", unknown))));
        }
    }

    /**
     * Creates the user, or resets its password and roles to these: used for demo data. A password already known to
     * be current is not checked again (each check is an Argon2 derivation).
     */
    public void ensure(String tenant, String username, String password, Set<String> roles, boolean passwordCurrent) {
        Optional<User> existing = users.findByUsername(username);
        if (existing.isEmpty()) {
            create(tenant, username, password, roles);
            return;
        }
        User user = existing.get();
        if (!passwordCurrent && !hasher.matches(password, user.passwordHash)) {
            user.passwordHash = hasher.hash(password);
        }
        user.tenantId = tenant;
        user.roles = new TreeSet<>(roles);
        user.enabled = true;
        users.update(user);
    }

    /** True when the user exists and this is their password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasPassword(String username, String password) {
        return users.findByUsername(username).map(u -> hasher.matches(password, u.passwordHash)).orElse(false);
    }
}
