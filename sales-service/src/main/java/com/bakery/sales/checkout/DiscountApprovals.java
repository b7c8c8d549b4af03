package com.bakery.sales.checkout;

import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.Approvals;
import com.bakery.common.security.CurrentUser;
import com.bakery.sales.shift.TillRef;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks a manager's approval of a discount (from {@code POST /auth/till/approve}): signed by the gateway for the
 * approvals' own audience, unexpired, of the caller's tenant and till, by a manager or admin, for a discount.
 */
@ApplicationScoped
public class DiscountApprovals {

    /** Who approved, and the approval's id (spent by one sale). */
    public record Approval(String id, String approvedBy) {
    }

    private final JWTParser parser;
    private final JWTAuthContextInfo settings;

    public DiscountApprovals(JWTParser parser, JWTAuthContextInfo accessTokens) {
        this.parser = parser;
        // the access tokens' keys and issuer, another audience
        this.settings = new JWTAuthContextInfo(accessTokens);
        this.settings.setExpectedAudience(Set.of(Approvals.AUDIENCE));
    }

    public Approval verify(String token, String tenant, TillRef till) {
        JsonWebToken approval;
        try {
            approval = parser.parse(token, settings);
        } catch (ParseException e) {
            throw refused("is not a valid approval, or it expired (approvals last two minutes)");
        }
        if (till == null) {
            throw refused("is given at a registered till, for a sale made there");
        }
        if (!tenant.equals(approval.getClaim(CurrentUser.TENANT_CLAIM))
                || !till.id().equals(approval.getClaim(CurrentUser.TILL_CLAIM))
                || !Approvals.DISCOUNT.equals(approval.getClaim(Approvals.CLAIM))) {
            throw refused("was given for another till or another action");
        }
        if (!approval.getGroups().contains("manager") && !approval.getGroups().contains("admin")) {
            throw refused("was not given by a manager");
        }
        return new Approval(approval.getTokenID(), approval.getSubject());
    }

    private static ProblemException refused(String reason) {
        return new ProblemException(403, "discount_approval_invalid", "Forbidden", "The discount's approval " + reason
                + ".", List.of(new Problem.FieldError("discount.approvalToken", reason)));
    }
}
