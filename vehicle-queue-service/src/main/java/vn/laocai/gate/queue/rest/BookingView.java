package vn.laocai.gate.queue.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.LinkConsent;
import vn.laocai.gate.queue.domain.Vehicle;
import vn.laocai.gate.queue.domain.YardPlace;
import vn.laocai.gate.queue.domain.YardQueue;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.i18n.RequestLanguage;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** A booking as drivers and officers see it: where the vehicle stands, its place in the queue and its clearance. */
@Schema(name = "Booking")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingView(
        @Schema(example = "KT2-7XK4P9") String code,
        @Schema(description = "The border gate the crossing is booked at", example = "KIM_THANH_2") String gate,
        @Schema(description = "BOOKED, WAITING (in the yard queue), CALLED_FORWARD, IN_GATE, RELEASED, EXITED or CANCELLED", example = "WAITING") String status,
        @Schema(example = "24C-123.45") String plate,
        @Schema(example = "24R-012.34") String trailerPlate,
        @Schema(example = "REEFER_TRUCK") String vehicleType,
        @Schema(example = "OVER_10T") String weightClass,
        @Schema(example = "Nguyễn Văn An") String driverName,
        @Schema(example = "VN") String driverNationality,
        @Schema(example = "EXPORT") String direction,
        @Schema(example = "PERISHABLE") String cargoCategory,
        @Schema(example = "2026-06-15T01:00:00Z") Instant arrivalWindowStart,
        @Schema(example = "2026-06-15T02:00:00Z") Instant arrivalWindowEnd,
        Instant bookedAt,
        @Schema(description = "Revision of the booking: 1 as booked, +1 for each amendment", example = "1") int revision,
        @Schema(description = "What clearance allows: NONE, DECLARED, READY (may be called forward), HELD, CLEARED, REJECTED", example = "READY") String clearance,
        @Schema(description = "Priority class in the queue, from the declaration data", example = "PERISHABLE") String priorityClass,
        @Schema(description = "Place in the yard queue of its direction, 1 = next (while waiting)", example = "3") Integer position,
        @Schema(description = "Expected gate-in (while waiting), from the lanes' observed throughput", example = "2026-06-15T01:42:00Z") Instant eta,
        @Schema(description = "Held by an officer: keeps its place but is not called forward") Boolean held,
        String holdReason,
        @Schema(description = "Came more than the grace window late: queued from its arrival, behind those on time") Boolean requeued,
        @Schema(description = "When the vehicle was marked as not having arrived within the grace window") Instant noShowAt,
        @Schema(example = "1") Integer lane,
        Instant checkedInAt,
        @Schema(description = "The driver's document read at check-in against the driver booked: MATCH, MISMATCH (checked in anyway, "
                + "the officer decided; recorded in the audit trail) or NOT_PRESENTED", example = "MATCH") String driverDocument,
        Instant calledForwardAt,
        Instant enteredGateAt,
        Instant releasedAt,
        String releasedForDeclaration,
        Instant exitedAt,
        Instant cancelledAt,
        @Schema(example = "GATE_CLOSURE") String cancelReason,
        @Schema(description = "What the driver must know: the booking was moved or cancelled by a gate closure, or for a no-show") String driverNotice,
        @Schema(description = "Clearance state of each consignment (declaration id) the vehicle carries") Map<String, String> consignments,
        @Schema(description = "The booking's QR code: only in the answer to the booking itself") Qr qr,
        @Schema(description = "The driver's current consent to traders linking consignments; the share code only for the booking's own account")
        Consent consent) {

    /** The current consent to link: its id, the share code (the booking's own account only) and when it was given. */
    @Schema(name = "BookingConsent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(
            @Schema(example = "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e") String consentId,
            @Schema(description = "The code to pass on to the traders (8 characters of Crockford base32)", example = "7KQ2-M9XD") String shareCode,
            @Schema(example = "2026-06-14T05:30:00Z") Instant givenAt) {

        static Consent of(LinkConsent c, boolean withCode) {
            return new Consent(c.id().toString(), withCode ? c.shareCode().value() : null, c.givenAt());
        }
    }

    /** The QR code to show at the yard: the signed token it encodes and where to fetch it as an image (drawn there, once). */
    @Schema(name = "BookingQr")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Qr(
            @Schema(description = "Signed token the QR encodes; the yard's scanner sends it to check-in",
                    example = Examples.QR_TOKEN) String token,
            @Schema(description = "The QR image: SVG or PNG as the Accept header asks", example = "/api/bookings/KT2-7XK4P9/qr") String url,
            @Schema(example = "/api/bookings/KT2-7XK4P9/qr.png") String png,
            @Schema(example = "/api/bookings/KT2-7XK4P9/qr.svg") String svg) {

        /** The QR of booking {@code code} carrying {@code token}, with the URLs of its images. */
        static Qr of(String code, String token) {
            String base = "/api/bookings/" + code;
            return new Qr(token, base + "/qr", base + "/qr.png", base + "/qr.svg");
        }
    }

    static BookingView of(Booking b) {
        return of(b, null, null);
    }

    static BookingView of(Booking b, YardQueue.Entry place, Qr qr) {
        return of(b, place, qr, null, RequestLanguage.current());
    }

    /** The booking with its texts in {@code language}. */
    static BookingView of(Booking b, YardQueue.Entry place, Qr qr, Consent consent, Language language) {
        Vehicle v = b.vehicle();
        YardPlace y = b.yard();
        return new BookingView(b.code(), b.gate(), b.status().name(), v.plate().display(), v.trailer() == null ? null : v.trailer().display(),
                name(v.type()), name(v.weightClass()),
                b.driver().name(), b.driver().nationality(), b.direction().name(), b.cargoCategory().name(),
                b.window().start(), b.window().end(), b.bookedAt(), b.amendments().size() + 1,
                b.clearance().name(), b.priorityClass().name(),
                place == null ? null : place.position(), place == null ? null : place.eta(),
                y.held() ? Boolean.TRUE : null, y.holdReason(), y.requeued() ? Boolean.TRUE : null, b.noShowAt(), y.lane(),
                y.checkedInAt(), name(y.driverDocument()), y.calledForwardAt(), y.enteredGateAt(), y.releasedAt(), y.releasedForDeclaration(), y.exitedAt(),
                b.cancelledAt(), name(b.cancelReason()), b.driverNotice() == null ? null : PlatformTexts.render(language, b.driverNotice()),
                b.consignments().isEmpty() ? null : b.consignments().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state().name())),
                qr, consent);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
