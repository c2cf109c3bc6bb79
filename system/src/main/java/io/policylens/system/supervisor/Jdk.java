package io.policylens.system.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK the parts run on: JAVA_HOME as the launcher found it (else this JVM's own). */
public record Jdk(Path home) {

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"([0-9]+)", Pattern.MULTILINE);

    public static Jdk fromEnvironment(Map<String, String> env) {
        String home = env.get("JAVA_HOME");
        return new Jdk(Path.of(home == null || home.isBlank() ? System.getProperty("java.home") : home));
    }

    public String java() {
        return home.resolve("bin/java").toString();
    }

    /** The feature version, from the release file (no JVM start); this JVM's when the file says nothing. */
    public int major() {
        Matcher m = VERSION.matcher(release());
        return m.find() ? Integer.parseInt(m.group(1)) : Runtime.version().feature();
    }

    /**
     * The release file's lines that tell builds apart (JAVA_RUNTIME_VERSION, IMPLEMENTOR): part of the AOT cache key.
     */
    public List<String> identity() {
        return release().lines().filter(l -> l.startsWith("JAVA_RUNTIME_VERSION=") || l.startsWith("IMPLEMENTOR="))
                .toList();
    }

    /** The java binary with symbolic links resolved (two JDK folders can be one JDK). */
    public String realJava() {
        try {
            return Path.of(java()).toRealPath().toString();
        } catch (IOException e) {
            return java();
        }
    }

    private String release() {
        try {
            return Files.readString(home.resolve("release"));
        } catch (IOException e) {
            return "";
        }
    }
}
