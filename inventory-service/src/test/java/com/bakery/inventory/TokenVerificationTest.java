package com.bakery.inventory;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bakery.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service verifies a token's signature once and reuses the result (common's VerifiedTokens), never a bad one. */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    JWTParser parser;

    @Test
    void aValidTokenIsVerifiedOnceAndItsClaimsReused() throws ParseException {
        String token = TestTokens.token("cashier@t-verify", "t-verify", "cashier");
        assertSame(parser.parse(token), parser.parse(token));
    }

    @Test
    void forgedAndExpiredTokensFailEveryTime() {
        String forged = TestTokens.foreignToken("cashier@t-verify", "t-verify", "cashier");
        String expired = TestTokens.expiredToken("cashier@t-verify", "t-verify", "cashier");
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(forged));
            assertThrows(ParseException.class, () -> parser.parse(expired));
        }
    }
}
