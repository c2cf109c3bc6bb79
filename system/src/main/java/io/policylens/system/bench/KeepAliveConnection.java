package io.policylens.system.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection for the benchmark's load: a blocking socket, GET and POST with a body sent
 * as given, fixed-length or chunked answers. The JDK's HttpClient costs about 2 ms of CPU per request, as much as a
 * cached answer of the gateway itself, which on 2 shared cores would measure the load generator as much as the stack.
 * Not a general client: no TLS, no redirects, no compression (the gateway sends none unless asked).
 */
final class KeepAliveConnection implements AutoCloseable {

    /** Status and body of one answer. */
    record Answer(int status, byte[] body) {

        boolean bodyContains(byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= body.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (body[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    private final URI base;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI base) {
        this.base = base;
    }

    Answer get(String path, String bearerToken) throws IOException {
        return send("GET", path, bearerToken, "", null);
    }

    /** A GET with extra header lines ("Name: value\r\n" each), e.g. Cache-Control. */
    Answer get(String path, String bearerToken, String headerLines) throws IOException {
        return send("GET", path, bearerToken, headerLines, null);
    }

    /** POSTs a JSON body (already serialised: the benchmark prepares its bodies before the clock starts). */
    Answer postJson(String path, String bearerToken, byte[] body) throws IOException {
        return send("POST", path, bearerToken, "", body);
    }

    private Answer send(String method, String path, String bearerToken, String headerLines, byte[] body)
            throws IOException {
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAuthorization: Bearer " + bearerToken + "\r\nAccept: application/json\r\n" + headerLines
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                + "\r\n";
        for (int attempt = 0; ; attempt++) {
            try {
                connectIfNeeded();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                return read();
            } catch (IOException e) {
                close(); // the server closed an idle connection: one fresh attempt (a POST too: ingest is idempotent)
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void connectIfNeeded() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(60_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4 * 1024);
        }
    }

    private Answer read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip();
            String value = header.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        byte[] body;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream(32 * 1024);
            for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                all.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) { // trailers
            }
            body = all.toByteArray();
        } else {
            body = in.readNBytes((int) Math.max(0, length));
        }
        if (close) {
            close();
        }
        return new Answer(status, body);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do
            }
            socket = null;
        }
    }
}
