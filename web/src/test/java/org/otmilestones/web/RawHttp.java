package org.otmilestones.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A request written by hand on a socket, for what an HTTP client will not send (a Host header of our choosing). */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request text to the server's port and returns the whole answer as text (10 s at most). */
    static String send(String serverUrl, String request) {
        URI uri = URI.create(serverUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET with this Host header, closing the connection after the answer. */
    static String get(String serverUrl, String path, String host) {
        return send(serverUrl, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    /** The status code of a raw answer. */
    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }
}
