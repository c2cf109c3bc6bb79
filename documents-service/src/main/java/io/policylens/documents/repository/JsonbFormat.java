package io.policylens.documents.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * The jsonb columns ({@link StoredAnalysis}, {@link StoredSummary}) are written and read with the service's own
 * ObjectMapper, as the plain-JDBC repositories did before, so stored JSON keeps one rendering whichever wrote it.
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class JsonbFormat implements FormatMapper {

    private final FormatMapper jackson;

    @Inject
    public JsonbFormat(ObjectMapper json) {
        this.jackson = new JacksonJsonFormatMapper(json);
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return jackson.fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return StorableText.json(jackson.toString(value, type, options));
    }
}
