package vn.laocai.gate.clearance;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.events.BookingConsentGiven;
import vn.laocai.gate.events.BookingConsentWithdrawn;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.infra.CloudEventKafka;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Bookings announced on Kafka and declaration requests for the service's tests. */
public final class DeclarationMother {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeclarationMother() {
    }

    public static String token(String user, String role) {
        return EmbeddedInfraTestResource.identity().token(user, role);
    }

    /** A token of a member of an organisation: {@code role} inside organisation {@code organisation}, plus realm roles. */
    public static String memberToken(String user, String organisation, String role, String... realmRoles) {
        return EmbeddedInfraTestResource.identity().memberToken(user, List.of("/orgs/" + organisation + "/" + role), realmRoles);
    }

    /** A fresh 12-digit customs declaration number. */
    public static String declarationNumber() {
        return "30" + String.format("%010d", Math.abs(RANDOM.nextLong()) % 10_000_000_000L);
    }

    /** The share code every driver of {@link #announceBooking} gives. */
    public static final String SHARE_CODE = "7KQ2-M9XD";

    /** Announces a booking as vehicle-queue-service would, its driver consenting with {@link #SHARE_CODE}; returns its code. */
    public static String announceBooking(String bootstrap, String direction) {
        String code = announceBookingWithoutConsent(bootstrap, direction);
        giveConsent(bootstrap, code, SHARE_CODE);
        return code;
    }

    /** Announces a booking whose driver gave no consent yet, once clearance has heard of it; returns its code. */
    public static String announceBookingWithoutConsent(String bootstrap, String direction) {
        String code = newBookingCode();
        publishBooking(bootstrap, code, direction);
        awaitHeard(repository -> repository.findBooking(code).isPresent());
        return code;
    }

    /** A booking code no test used. */
    public static String newBookingCode() {
        return "KT2-" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase()
                .replace('0', 'A').replace('1', 'B');
    }

    /**
     * Waits until clearance applied what was announced (read in its database), so that a declaration sent
     * next is checked at once rather than linked pending.
     */
    static void awaitHeard(Predicate<DeclarationRepository> heard) {
        DeclarationRepository repository = Arc.container().instance(DeclarationRepository.class).get();
        // the first test after start waits for the consumer to join
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> heard.test(repository)));
    }

    /** Publishes the booking as vehicle-queue-service would (CrossingBooked), without waiting. */
    public static void publishBooking(String bootstrap, String code, String direction) {
        Instant now = Instant.now();
        CrossingBooked booked = new CrossingBooked(code, "24C12345", null, direction, "PERISHABLE", "Lò Văn Minh",
                now, now.plusSeconds(3600), now, "TRUCK", "OVER_10T", "VN", null, "driver-minh");
        CloudEventKafka.publish(bootstrap, Topics.QUEUE_BOOKING, code, UUID.randomUUID().toString(),
                QueueEventType.CROSSING_BOOKED.type(), EventCodec.encode(booked));
    }

    /** The driver consents to links with {@code shareCode}, as vehicle-queue-service announces it, once clearance heard of it; returns the consent id. */
    public static String giveConsent(String bootstrap, String bookingCode, String shareCode) {
        String consentId = publishConsent(bootstrap, bookingCode, shareCode);
        awaitHeard(repository -> repository.findConsent(consentId).isPresent());
        return consentId;
    }

    /** Publishes the driver's consent (BookingConsentGiven) without waiting; returns the consent id. */
    public static String publishConsent(String bootstrap, String bookingCode, String shareCode) {
        String consentId = UUID.randomUUID().toString();
        publishQueue(bootstrap, bookingCode, QueueEventType.BOOKING_CONSENT_GIVEN, new BookingConsentGiven(bookingCode, "24C12345",
                "EXPORT", consentId, sha256Hex(bookingCode + ":" + shareCode), Instant.now()));
        return consentId;
    }

    /** The driver withdraws the consent. */
    public static void withdrawConsent(String bootstrap, String bookingCode, String consentId) {
        publishQueue(bootstrap, bookingCode, QueueEventType.BOOKING_CONSENT_WITHDRAWN,
                new BookingConsentWithdrawn(bookingCode, "24C12345", consentId, Instant.now()));
    }

    private static void publishQueue(String bootstrap, String key, QueueEventType type, vn.laocai.gate.events.GateEvent event) {
        CloudEventKafka.publish(bootstrap, Topics.QUEUE_BOOKING, key, UUID.randomUUID().toString(), type.type(), EventCodec.encode(event));
    }

    static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String goodsLine(String hsCode) {
        return """
                {"hsCode": "%s", "description": "Fresh durian, Ri6 variety", "quantity": 18000, "unit": "KGM",
                 "netWeightKg": 18000, "grossWeightKg": 19500, "value": 54000, "currency": "USD", "originCountry": "VN"}
                """.formatted(hsCode);
    }

    /** A declaration on the booking with the share code of {@link #announceBooking}. */
    public static String declarationJson(String number, String bookingCode, String... goodsLines) {
        return declarationWithShareCodes(number, bookingCode, "[\"" + SHARE_CODE + "\"]", goodsLines);
    }

    /** A declaration on the booking with the share codes given as JSON ({@code null} for none). */
    public static String declarationWithShareCodes(String number, String bookingCode, String shareCodesJson, String... goodsLines) {
        String lines = goodsLines.length == 0 ? goodsLine("0810.60.00") : String.join(",", goodsLines);
        return """
                {"declarant": {"taxCode": "5300123456", "name": "Cong ty TNHH Nong san Lao Cai"},
                 "consignee": "Hekou Fruit Trading Co., Ltd.", "customsDeclarationNumber": "%s",
                 "direction": "EXPORT", "destinationCountry": "CN", "bookingCodes": ["%s"], "shareCodes": %s,
                 "goodsLines": [%s]}
                """.formatted(number, bookingCode, shareCodesJson, lines);
    }

    /** Submits a declaration for a freshly announced booking, waiting until clearance knows the booking. */
    public static String submit(String bootstrap, String trader) {
        String booking = announceBooking(bootstrap, "EXPORT");
        return submitBody(trader, declarationJson(declarationNumber(), booking));
    }

    /** Submits a declaration, waiting until clearance knows its bookings. */
    public static String submitBody(String trader, String body) {
        String[] id = new String[1];
        // the booking and its consent come over Kafka: the first test after start waits for the consumer to join
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var response = given().auth().oauth2(token(trader, "trader")).contentType(ContentType.JSON).body(body)
                    .when().post("/api/declarations");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            return false;
        });
        return id[0];
    }

    /** The first bytes of a PDF, enough for the content check. */
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    /** Uploads a document as the trader; returns the response for assertions. */
    public static io.restassured.response.Response upload(String id, String trader, String type, String number,
                                                           byte[] content, String mediaType) {
        var request = given().auth().oauth2(token(trader, "trader")).header("Accept-Language", "en").multiPart("type", type).multiPart("number", number);
        if (content != null) {
            request = request.multiPart("file", number + ".bin", content, mediaType);
        }
        return request.when().post("/api/declarations/" + id + "/documents");
    }

    /** Every document a fresh-fruit export to China needs, except the phytosanitary certificate. */
    public static void uploadFruitDocumentsButPhyto(String id, String trader) {
        for (String type : List.of("INVOICE", "PACKING_LIST", "CERTIFICATE_OF_ORIGIN")) {
            upload(id, trader, type, type + "-2026-001", PDF, "application/pdf").then().statusCode(201);
        }
        upload(id, trader, "PLANTING_AREA_CODE", "VN-LCA-0101", null, null).then().statusCode(201);
        upload(id, trader, "PACKING_HOUSE_CODE", "VN-LCPH-0012", null, null).then().statusCode(201);
    }

    /** Publishes an agency answer as customs-adapter would. */
    public static void answer(String bootstrap, String key, vn.laocai.gate.events.EventType type, vn.laocai.gate.events.GateEvent event) {
        CloudEventKafka.publish(bootstrap, Topics.CUSTOMS_HANDOFF, key, UUID.randomUUID().toString(), type.type(), EventCodec.encode(event));
    }

    /** The declaration as its trader reads it. */
    public static io.restassured.path.json.JsonPath read(String id, String trader) {
        return given().auth().oauth2(token(trader, "trader")).when().get("/api/declarations/" + id)
                .then().statusCode(200).extract().jsonPath();
    }
}
