package io.policylens.documents.contract;

import jakarta.validation.ConstraintValidator;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway validates formats with {@link InputFormat.Accepted} but excludes documents-core from its class path:
 * the check must work with the contract's classes and the validation API alone (a packaged gateway once answered 500
 * with NoClassDefFoundError for ContentFormat here).
 */
class InputFormatWithoutCoreTest {

    @Test
    void theCheckRunsWithoutDocumentsCore() throws Exception {
        URL[] path = {location(InputFormat.class), location(ConstraintValidator.class)};
        try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            Class<?> check = Class.forName(InputFormat.Check.class.getName(), true, loader);
            Object validator = check.getConstructor().newInstance();
            var isValid = check.getMethod("isValid", String.class,
                    loader.loadClass("jakarta.validation.ConstraintValidatorContext"));
            Class.forName(InputFormat.class.getName(), true, loader);

            assertThat(isValid.invoke(validator, " MD ", null)).isEqualTo(true);
            assertThat(isValid.invoke(validator, "docx", null)).isEqualTo(false);
            assertThat(loader.getResource("io/policylens/documents/text/ContentFormat.class")).isNull();
        }
    }

    private static URL location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }
}
