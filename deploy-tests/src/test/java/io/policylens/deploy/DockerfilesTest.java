package io.policylens.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service has the Quarkus-conventional JVM and native Dockerfiles, non-root, exposing its own port. */
class DockerfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "documents-service", "claims-service", "recommendations-service"})
    void jvmAndNativeDockerfiles(String module) {
        Path dir = RepoFiles.root().resolve(module).resolve("src/main/docker");
        int port = ServiceConfig.of(module).httpPort();

        Path jvm = dir.resolve("Dockerfile.jvm");
        assertThat(jvm).isRegularFile();
        String j = RepoFiles.read(jvm);
        assertThat(j).contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                "ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        assertThat(numericUser(j)).as(module + " JVM image user").isPositive();
        int management = ServiceConfig.of(module).healthPort();
        assertThat(j).contains("EXPOSE " + port + " " + management);
        assertThat(j).containsPattern("(?m)^FROM \\S*openjdk-21");

        Path nat = dir.resolve("Dockerfile.native");
        assertThat(nat).isRegularFile();
        String n = RepoFiles.read(nat);
        assertThat(n).contains("target/*-runner /work/application", "ENTRYPOINT [\"./application\"",
                "EXPOSE " + port + " " + management);
        assertThat(numericUser(n)).as(module + " native image user").isPositive();
        assertThat(Files.exists(dir.resolve("Dockerfile.legacy-jar"))).isFalse();
    }

    private static int numericUser(String dockerfile) {
        Matcher m = Pattern.compile("(?m)^USER (\\d+)\\s*$").matcher(dockerfile);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }
}
