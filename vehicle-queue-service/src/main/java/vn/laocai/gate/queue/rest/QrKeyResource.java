package vn.laocai.gate.queue.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.queue.application.BookingService;

/**
 * The public keys of the booking QRs, for the yard's devices to check a QR without the network
 * (security.QrVerifier): public by nature, so no token is needed.
 */
@Path("/api/bookings/qr-keys")
@Tag(name = "Bookings", description = "Pre-registration of crossings")
public class QrKeyResource {

    static final String JWK_SET = "application/jwk-set+json";

    private final BookingService bookings;

    public QrKeyResource(BookingService bookings) {
        this.bookings = bookings;
    }

    @GET
    @Produces(JWK_SET)
    // an empty requirement: no token needed (OpenAPI's "security: [{}]")
    @SecurityRequirementsSet
    @Operation(summary = "The public keys of the booking QRs", description = "No role needed. An RFC 7517 JWK set of the EC P-256 "
            + "keys whose ES256 signatures a booking QR (a compact JWS) may carry: the current key and the retired ones whose QRs "
            + "have not all expired. A QR names its key by kid, the start of the key's RFC 7638 thumbprint. Yard devices keep "
            + "the set to verify QRs offline (claims b booking code, p plate, s slot start, exp expiry) and refresh it daily.")
    @APIResponse(responseCode = "200", description = "The JWK set", content = @Content(mediaType = JWK_SET,
            schema = @Schema(implementation = JwkSetView.class), examples = @ExampleObject(name = "one key", value = Examples.QR_KEYS)))
    public String keys() {
        return bookings.qrKeys();
    }

    /** The shape of the answer, for the document: a JWK set of public EC keys. */
    @Schema(name = "JwkSet")
    record JwkSetView(@Schema(maxItems = 16) java.util.List<Jwk> keys) {
    }

    /** One public EC P-256 key (RFC 7518 6.2). */
    @Schema(name = "Jwk")
    record Jwk(@Schema(example = "EC") String kty, @Schema(example = "VnT9vT7X") String kid, @Schema(example = "sig") String use,
               @Schema(example = "ES256") String alg, @Schema(example = "P-256") String crv,
               @Schema(example = "2WQj5o2BQf3hCqfv16ZL352FqnGPWiIg4nMvGpX9Mhk") String x,
               @Schema(example = "ubEtDwdxkQhuaRT3sielqp32Ttwebj4xqjhSInGfFII") String y) {
    }
}
