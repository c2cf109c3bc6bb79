package io.policylens.system.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches keycloak-quarkus-dist by its Maven coordinates (into the local Maven repository, with the Maven the
 * launcher found: POLICYLENS_MVN) and unpacks it under tools/.
 */
record KeycloakInstall(StackContext stack, String version, Path home) {

    void install() {
        if (Keycloak.installed(home)) {
            return;
        }
        Path tools = stack.paths().tools();
        Console.info("fetching Keycloak " + version + " (org.keycloak:keycloak-quarkus-dist:" + version
                + ":zip, ~180 MB) into " + tools + "...");
        List<String> mvn = new ArrayList<>(
                List.of(stack.env("POLICYLENS_MVN", "mvn"), "-B", "-ntp", "-q", "-Dstyle.color=never",
                "-f", stack.paths().repoRoot().resolve("pom.xml").toString(), "dependency:copy",
                "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + version + ":zip", "-DoutputDirectory=" + tools));
        Path zip = tools.resolve("keycloak-quarkus-dist-" + version + ".zip");
        try {
            Files.createDirectories(tools);
            if (run(mvn) != 0) {
                throw new StackFailure("could not fetch Keycloak " + version);
            }
            if (run(List.of("unzip", "-q", "-o", zip.toString(), "-d", tools.toString())) != 0) {
                throw new StackFailure("could not unpack Keycloak (unzip is needed)");
            }
            Files.deleteIfExists(zip);
        } catch (IOException e) {
            throw new StackFailure("could not install Keycloak " + version + ": " + e.getMessage());
        }
    }

    /** Runs a command with its output on stderr (stdout is for results); its exit code. */
    private static int run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(System.err);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted");
        }
    }
}
