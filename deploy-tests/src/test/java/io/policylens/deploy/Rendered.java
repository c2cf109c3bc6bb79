package io.policylens.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the chart with helm-java and parses the output strictly. */
final class Rendered {

    static final String RELEASE = "policylens";
    static final String NAMESPACE = "policylens";

    private Rendered() {
    }

    /**
     * The defaults plus the one choice the chart requires, a Kafka (it refuses to render without): a Strimzi cluster,
     * which keeps every connection inside the cluster.
     */
    static Map<String, Object> withStrimzi(Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("kafka.strimzi.enabled", true);
        all.putAll(values);
        return all;
    }

    static String template(UnaryOperator<TemplateCommand> options) {
        TemplateCommand command = new Helm(RepoFiles.chart()).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion("1.30.0");
        return options.apply(command).call();
    }

    static String template(Path valuesFile) {
        return template(c -> c.withValuesFile(valuesFile));
    }

    static String template(Map<String, Object> set) {
        return template(c -> {
            set.forEach(c::set);
            return c;
        });
    }

    /** Strict model parse + generic checks; returns the objects for further assertions. */
    static List<HasMetadata> validated(String yaml) {
        List<HasMetadata> objects = StrictModel.parseAll(yaml);
        assertThat(ManifestChecks.problems(objects)).as("problems in the rendered objects").isEmpty();
        return objects;
    }
}
