package vn.laocai.gate.clearance.domain;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a document may be uploaded in, each recognised by its first bytes (its magic number). */
public enum FileFormat {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] magic;

    FileFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a media type names ({@code image/jpg} is taken for JPEG), if it is one of ours. */
    public static Optional<FileFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
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
