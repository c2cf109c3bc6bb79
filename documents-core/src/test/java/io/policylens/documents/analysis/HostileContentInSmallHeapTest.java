package io.policylens.documents.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents at the limits documents-service accepts (5 MB, 250,000 tags or markers, 20,000 sentences), shaped to
 * be as costly as possible, are analysed in a JVM whose heap is the smallest any deployment gives a service: 192 MB
 * on the local stack (the stack tool's JvmOptions, module system; production gives documents-service 512 MiB, half
 * its 1 GiB limit), with its serial collector. Before the fix the 5 MB variant of the confirmed payload needed
 * gigabytes.
 */
class HostileContentInSmallHeapTest {

    private static final String HEAP = "-Xmx192m";

    @Test
    void payloadsAtTheDocumentLimitsFitTheSmallestServiceHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), HEAP, "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                HostileContentRun.class.getName()))
                .redirectErrorStream(true).start();
        // a safety net for a hung child, not a speed assertion
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("the analysis finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("all payloads analysed").doesNotContain("OutOfMemoryError");
        assertThat(output).contains("payload 5MB-confirmed-shape: rejected MARKUP")
                .containsPattern("payload 19k-sentences-5MB: 1\\d{4} sentences");
    }
}
