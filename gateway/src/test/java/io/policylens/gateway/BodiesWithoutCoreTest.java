package io.policylens.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.policylens.claims.contract.ClaimExtractRequest;
import io.policylens.claims.contract.ClaimListQuery;
import io.policylens.claims.contract.ClaimReviewRequest;
import io.policylens.common.http.NoNul;
import io.policylens.documents.contract.DocumentListQuery;
import io.policylens.documents.contract.DocumentUploadForm;
import io.policylens.documents.contract.InputFormat;
import io.policylens.documents.contract.SubmitDocumentRequest;
import io.policylens.recommendations.contract.RecommendationExtractRequest;
import io.policylens.recommendations.contract.RecommendationListQuery;
import io.policylens.recommendations.contract.RecommendationStatusRequest;
import jakarta.validation.ConstraintValidator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged gateway excludes documents-core from its class path, but validates the contracts' request bodies and
 * list queries, whose constraints come from documents-contract and commons. Each of them, and each of its custom
 * validators, must load and run with the contracts, commons and the annotation APIs alone (InputFormatWithoutCoreTest
 * checks the format rule itself the same way); so must the upload form, whose parts the gateway checks.
 */
class BodiesWithoutCoreTest {

    private static final List<Class<?>> VALIDATED_AT_THE_EDGE = List.of(SubmitDocumentRequest.class,
            ClaimExtractRequest.class, ClaimReviewRequest.class, RecommendationExtractRequest.class,
            RecommendationStatusRequest.class, DocumentListQuery.class, ClaimListQuery.class,
            RecommendationListQuery.class);

    @Test
    void theContractsConstraintsRunWithoutDocumentsCore() throws Exception {
        Set<URL> path = new LinkedHashSet<>();
        for (Class<?> type : List.of(SubmitDocumentRequest.class, ClaimExtractRequest.class,
                RecommendationExtractRequest.class, NoNul.class, ConstraintValidator.class, Schema.class,
                JsonIgnoreProperties.class, RestForm.class, FileUpload.class)) {
            path.add(location(type));
        }
        try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("io/policylens/documents/text/ContentFormat.class")).isNull();
            Class<? extends Annotation> constraint = loader.loadClass("jakarta.validation.Constraint")
                    .asSubclass(Annotation.class);
            Class<?> context = loader.loadClass("jakarta.validation.ConstraintValidatorContext");

            Set<String> validators = new LinkedHashSet<>();
            for (Class<?> body : VALIDATED_AT_THE_EDGE) {
                for (Field field : fields(Class.forName(body.getName(), true, loader))) {
                    for (Annotation annotation : field.getAnnotations()) {
                        Annotation declared = annotation.annotationType().getAnnotation(constraint);
                        if (declared == null) {
                            continue;
                        }
                        for (Class<?> validator : (Class<?>[]) declared.annotationType().getMethod("validatedBy")
                                .invoke(declared)) {
                            Object check = validator.getConstructor().newInstance();
                            Object valid = validator.getMethod("isValid", Object.class, context)
                                    .invoke(check, "text", null);
                            assertThat(valid).as(body.getSimpleName() + "." + field.getName()).isEqualTo(true);
                            validators.add(validator.getName());
                        }
                    }
                }
            }
            assertThat(validators).contains(InputFormat.Check.class.getName(), NoNul.Check.class.getName());

            // the upload form: its part names come from its fields, and the gateway checks every upload with them
            Class<?> form = Class.forName(DocumentUploadForm.class.getName(), true, loader);
            form.getMethod("check", Map.class).invoke(null, Map.of("file", List.of("f"), "format", List.of("md")));
            assertThat((Set<?>) form.getField("PARTS").get(null)).isEqualTo(DocumentUploadForm.PARTS);
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Stream.of(c.getDeclaredFields()).toList());
        }
        return fields;
    }

    private static URL location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }
}
