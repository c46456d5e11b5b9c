package vn.laocai.gate.support.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 request written byte by byte on a socket, for what HTTP clients will not send as asked: a body in
 * chunks ({@code Transfer-Encoding: chunked}) of a size the test chooses. The answer is read until the server
 * closes the connection ({@code Connection: close} is asked for); a write the server cut short (it answered
 * before the body ended) is not an error, the answer is what counts.
 */
public final class RawHttp {

    /** The answer: status, headers (names in lower case) and body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code method target} to {@code root} with {@code headers} and {@code body} in chunks of
     * {@code chunkSize} bytes, then the last (empty) chunk.
     */
    public static Answer chunked(URI root, String method, String target, Map<String, String> headers, byte[] body,
                                 int chunkSize) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + root.getHost()
                    + ":" + root.getPort() + "\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            try {
                out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
                for (int at = 0; at < body.length; at += chunkSize) {
                    int size = Math.min(chunkSize, body.length - at);
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, size);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException cutShort) {
                // the server answered and closed before the whole body went out
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            if (all.size() == 0) {
                throw reset;
            }
        }
        byte[] bytes = all.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            // ISO-8859-1 keeps one character per byte, so the text's indexes are the bytes' offsets
            for (int at = end + 4, line; (line = text.indexOf("\r\n", at)) > 0; ) {
                int size = Integer.parseInt(text.substring(at, line).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(bytes, line + 2, size);
                at = line + 2 + size + 2;
            }
        } else {
            body.write(bytes, end + 4, bytes.length - end - 4);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }
}
