package vn.laocai.gate.clearance.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a document may be uploaded in, each recognised by its first bytes (its magic number). */
public enum FileFormat {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png");

    /** What a stored file is served as when its recorded type or its content is not one of these formats. */
    public static final String UNKNOWN_MEDIA_TYPE = "application/octet-stream";

    private final String mediaType;
    private final byte[] magic;
    private final List<String> extensions;

    FileFormat(String mediaType, byte[] magic, String... extensions) {
        this.mediaType = mediaType;
        this.magic = magic;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension a name of this format is given, without its dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether {@code name} has a base and ends with one of this format's extensions, whatever their case. */
    public boolean hasExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e) && lower.length() > e.length() + 1);
    }

    /**
     * The media type a stored file is served as: its recorded one when that is one of these formats and
     * its content is of that format, else {@link #UNKNOWN_MEDIA_TYPE}, which no browser renders.
     */
    public static String servedAs(String recordedMediaType, byte[] content) {
        Optional<FileFormat> recorded = ofMediaType(recordedMediaType);
        return recorded.isPresent() && sniff(content).equals(recorded) ? recorded.get().mediaType : UNKNOWN_MEDIA_TYPE;
    }

    /** The format a media type names ({@code image/jpg} is taken for JPEG), if it is one of ours. */
    public static Optional<FileFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if ("image/jpg".equals(bare)) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }

    /** The format the content actually is, judged from its first bytes. */
    public static Optional<FileFormat> sniff(byte[] content) {
        return Arrays.stream(values()).filter(f -> startsWith(content, f.magic)).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
