package vn.laocai.gate.clearance.application;

/** An uploaded document's file the gate does not accept: too large, of a format it does not take, or not what it says it is. */
public abstract sealed class DocumentFileException extends RuntimeException {

    private DocumentFileException(String message) {
        super(message);
    }

    /** The file is larger than the gate accepts. */
    public static final class TooLarge extends DocumentFileException {

        private final long sizeBytes;
        private final long maxBytes;

        public TooLarge(long sizeBytes, long maxBytes) {
            super("file: " + sizeBytes + " bytes, at most " + maxBytes + " bytes are accepted");
            this.sizeBytes = sizeBytes;
            this.maxBytes = maxBytes;
        }

        public long sizeBytes() {
            return sizeBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    /** The declared media type is none of PDF, JPEG or PNG. */
    public static final class UnsupportedType extends DocumentFileException {

        private final String mediaType;

        public UnsupportedType(String mediaType) {
            super("file: " + mediaType + " is not accepted; upload application/pdf, image/jpeg or image/png");
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** The content is not of the media type declared for it. */
    public static final class ContentMismatch extends DocumentFileException {

        private final String declared;
        private final String actual;

        public ContentMismatch(String declared, String actual) {
            super("file: declared " + declared + " but the content is " + actual);
            this.declared = declared;
            this.actual = actual;
        }

        public String declared() {
            return declared;
        }

        /** The media type the content has. */
        public String actual() {
            return actual;
        }
    }
}
