package vn.laocai.gate.clearance.rest;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with a file name as RFC 6266 has it: {@code filename} an ASCII
 * fallback (printable characters but quote, backslash and percent; others become {@code _}) and
 * {@code filename*} the name itself, UTF-8 and percent-encoded (RFC 8187), so whatever a stored name
 * holds, the header stays one well-formed line and the browser saves the file rather than showing it.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    static String asciiFallback(String fileName) {
        StringBuilder out = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return out.toString();
    }

    static String encoded(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
