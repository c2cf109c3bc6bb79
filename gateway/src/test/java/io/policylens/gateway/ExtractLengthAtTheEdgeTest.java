package io.policylens.gateway;

import io.policylens.claims.contract.ClaimExtractRequest;
import io.policylens.documents.contract.ExtractText;
import io.policylens.gateway.rest.ClaimsResource;
import io.policylens.gateway.rest.RecommendationsResource;
import io.policylens.recommendations.contract.RecommendationExtractRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extract bodies are the services' (claims- and recommendations-contract), whose length limit the services
 * check after decoding; the gateway adds the contract's edge group, so an over-long text is refused before any call.
 * Checked on the resource methods because the test profile's body limit (413) is below the text limit.
 */
@QuarkusTest
class ExtractLengthAtTheEdgeTest {

    private static final String LONGEST = "x".repeat(ExtractText.MAX_CHARS);

    @Inject
    Validator validator;

    @Test
    void claimsExtractRefusesTextOverTheLimit() throws Exception {
        var method = ClaimsResource.class.getMethod("extract", ClaimExtractRequest.class);
        assertThat(violations(new ClaimsResource(), method, new ClaimExtractRequest(LONGEST, null))).isEmpty();
        assertThat(violations(new ClaimsResource(), method, new ClaimExtractRequest(LONGEST + "x", "text")))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("extract.request.text");
    }

    @Test
    void recommendationsExtractRefusesTextOverTheLimit() throws Exception {
        var method = RecommendationsResource.class.getMethod("extract", RecommendationExtractRequest.class);
        var resource = new RecommendationsResource();
        assertThat(violations(resource, method, new RecommendationExtractRequest(LONGEST, null))).isEmpty();
        assertThat(violations(resource, method, new RecommendationExtractRequest(LONGEST + "x", "md")))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("extract.request.text");
    }

    @Test
    void theServicesDefaultGroupLeavesTheLengthToThem() {
        assertThat(validator.validate(new ClaimExtractRequest(LONGEST + "x", "text"))).isEmpty();
        assertThat(validator.validate(new RecommendationExtractRequest(LONGEST + "x", "text"))).isEmpty();
    }

    private <T> Set<ConstraintViolation<T>> violations(T resource, java.lang.reflect.Method method, Object body) {
        return validator.forExecutables().validateParameters(resource, method, new Object[] {body});
    }
}
