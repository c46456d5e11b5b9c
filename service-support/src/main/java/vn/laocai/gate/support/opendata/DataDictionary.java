package vn.laocai.gate.support.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A dataset's data dictionary: a JSON document on the classpath naming every column, its type, unit and source. */
public final class DataDictionary {

    private DataDictionary() {
    }

    /** The document at {@code resource} (a classpath path without the leading slash), as written. */
    public static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data dictionary " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
