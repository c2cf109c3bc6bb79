package io.policylens.claims.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What the training tool recorded next to the cascade's transformer: the band, the command and data hashes that
 * reproduce it, and its scores on CT24 dev (which a test pins, so a silent regression fails the build).
 */
public record ModelCard(Properties values) {

    public static ModelCard fromResource(String resource) {
        try (InputStream in = ModelCard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model card missing: " + resource);
            }
            Properties values = new Properties();
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ModelCard(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String get(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("model card has no " + key);
        }
        return value;
    }

    public double number(String key) {
        return Double.parseDouble(get(key));
    }

    /** The fast model's margins in (-band, band) go to the transformer. */
    public double band() {
        return number("cascade.band");
    }
}
