package vn.laocai.gate.queue.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The QR images of booking tokens, drawn at most once per token and format and then served from
 * memory: a booking's answer carries only the token and the image's URL, so no image is drawn on the
 * write path, and a driver's phone that asks again gets the same bytes (or a 304 by their ETag).
 * At most {@value #MAX_BYTES} bytes are kept; an image unused for an hour is dropped and drawn
 * again when asked.
 */
@ApplicationScoped
public class QrImages {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    /** One drawn image: its bytes, media type and entity tag (a hash of the token and the format). */
    record Image(byte[] bytes, String mediaType, EntityTag tag) {
    }

    private final Cache<String, Image> images = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Image image) -> image.bytes().length + key.length())
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** The format asked for: the first of PNG and SVG the Accept header allows, SVG (smaller) when it allows both or names neither. */
    static String negotiate(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            boolean png = type.isCompatible(MediaType.valueOf(PNG));
            boolean svg = type.isCompatible(MediaType.valueOf(SVG));
            if (png && !svg) {
                return PNG;
            }
            if (svg) {
                return SVG;
            }
        }
        return SVG;
    }

    Image of(String token, String mediaType) {
        return images.get(mediaType + ' ' + token, key -> draw(token, mediaType));
    }

    private static Image draw(String token, String mediaType) {
        byte[] bytes = PNG.equals(mediaType) ? QrCodes.png(token) : QrCodes.svg(token).getBytes(StandardCharsets.UTF_8);
        return new Image(bytes, mediaType, new EntityTag(tag(mediaType + ' ' + token)));
    }

    private static String tag(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
