package io.policylens.claims.repository;

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
 * jsonb columns ({@link ClaimEntity#quantities}) are written and read with the service's ObjectMapper, as the JDBC
 * repositories before did, so rows stored by them read unchanged (and the mapper is not configured twice).
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class StoredJson implements FormatMapper {

    private final FormatMapper delegate;

    @Inject
    public StoredJson(ObjectMapper json) {
        this.delegate = new JacksonJsonFormatMapper(json);
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
