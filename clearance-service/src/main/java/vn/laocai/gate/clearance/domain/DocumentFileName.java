package vn.laocai.gate.clearance.domain;

import java.text.Normalizer;

/**
 * The name a document's file is stored and served under, made from the name the uploader's browser
 * sent: only its last path segment; no control, format (bidirectional overrides, zero-width) or
 * separator characters, no quotes and none of {@code \ / : * ? < > |}; no leading dots; at most
 * {@link #MAX_LENGTH} characters; and an extension that is the stored format's, so the name never
 * promises another kind of file than the content is ({@code invoice.html} of a PDF is kept as
 * {@code invoice.html.pdf}). Nothing left of the name gives {@code document.<extension>}.
 */
public final class DocumentFileName {

    /** The longest stored name, in characters (UTF-16 code units), its extension included. */
    public static final int MAX_LENGTH = 120;

    private DocumentFileName() {
    }

    /** The stored name of a file of {@code format} uploaded as {@code uploaded} (which may be null). */
    public static String of(String uploaded, FileFormat format) {
        String name = cleaned(lastSegment(uploaded == null ? "" : uploaded));
        String extension = "." + format.extension();
        if (!format.hasExtension(name)) {
            name = name + extension;
        }
        if (name.length() > MAX_LENGTH) {
            String base = name.substring(0, name.length() - extension.length());
            name = truncated(base, MAX_LENGTH - extension.length()) + extension;
        }
        return name.equals(extension) ? "document" + extension : name;
    }

    private static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String cleaned(String name) {
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (allowed(c)) {
                kept.appendCodePoint(c);
            }
        });
        String collapsed = kept.toString().replaceAll(" {2,}", " ").strip();
        return collapsed.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
    }

    private static boolean allowed(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && "\"'`\\/:*?<>|".indexOf(c) < 0;
    }

    /** The first {@code max} code units of {@code s}, not cutting a surrogate pair, without a trailing dot or space. */
    private static String truncated(String s, int max) {
        int end = Math.min(max, s.length());
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).replaceFirst("[.\\s]+$", "");
    }
}
