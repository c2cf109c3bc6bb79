package io.policylens.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** Paths of the repository that the deployment artefacts and the services' configuration live in. */
final class RepoFiles {

    private RepoFiles() {
    }

    static Path root() {
        String configured = System.getProperty("policylens.repo.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("helm/policylens")) || !Files.isDirectory(root.resolve("k8s/base"))) {
            throw new IllegalStateException("not the Policy Lens repository root: " + root);
        }
        return root;
    }

    static Path chart() {
        return root().resolve("helm/policylens");
    }

    /** A copy of the chart in {@code dir}, for commands that take no values (helm lint). */
    static Path copyOfChart(Path dir) throws IOException {
        Path copy = dir.resolve("policylens");
        try (var files = Files.walk(chart())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(chart().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    static Path k8s() {
        return root().resolve("k8s");
    }

    /** A service module's src/main/resources/application.properties, if the module has one yet. */
    static Optional<Properties> applicationProperties(String module) {
        Path file = root().resolve(module).resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(properties);
    }

    /** True when a Java source file under the module's src/main/java contains the text. */
    static boolean mainSourcesContain(String module, String text) {
        Path sources = root().resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return false;
        }
        try (var files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> read(f).contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
