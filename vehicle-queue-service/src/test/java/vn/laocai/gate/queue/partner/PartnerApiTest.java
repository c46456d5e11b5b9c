package vn.laocai.gate.queue.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.support.opendata.OpenDay;
import vn.laocai.gate.support.partner.PartnerChecks;
import vn.laocai.gate.support.partner.PartnerChecks.Dataset;
import vn.laocai.gate.support.partner.PartnerReadRetention;
import vn.laocai.gate.support.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.queue.BookingMother.token;
import static vn.laocai.gate.support.partner.PartnerChecks.refusedNaming;

/**
 * The partner API and the open dataset against the real PostgreSQL: crossings seeded on a day of their own, read by
 * a partner agency page by page with only the shared fields (no plate, driver, account or booking code), every read
 * logged for supervisors and deleted past its retention; the day's dataset adds up to the seeded rows, its CSV parses,
 * and its dictionary names every column. Every other role is refused the partner API, and a partner everything else.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "vehicle_queue"))
class PartnerApiTest {

    static final String PARTNER = "partner-" + UUID.randomUUID().toString().substring(0, 8);
    static final String PATH = "/api/partner/v1/crossings";
    static final String DATASET = "/api/open-data/v1/crossings";
    static final String DECLARATION = UUID.randomUUID().toString();

    @Inject
    EntityManager em;

    @Inject
    PartnerReadRetention retention;

    OpenDay day;

    @BeforeEach
    void seedADayOfItsOwn() {
        day = new OpenDay(LocalDate.of(2021, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1400)));
        Instant start = day.start();
        // four exports waiting 10, 20, 30 and 40 minutes from check-in to gate-in, and one let in without a check-in
        for (int i = 1; i <= 4; i++) {
            Instant slot = start.plus(Duration.ofHours(i));
            seed("EXPORT", slot, slot.plusSeconds(300), Duration.ofMinutes(10L * i), true);
        }
        seed("EXPORT", start.plus(Duration.ofHours(5)), null, null, true);
        // one import: a cell of one, suppressed
        Instant slot = start.plus(Duration.ofHours(6));
        seed("IMPORT", slot, slot.plusSeconds(60), Duration.ofMinutes(5), true);
        // booked for that day and cancelled: in the partner API, not in the dataset
        seed("EXPORT", start.plus(Duration.ofHours(7)), null, null, false);
    }

    void seed(String direction, Instant slot, Instant checkedIn, Duration wait, boolean crossed) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = UUID.randomUUID();
            Instant gateIn = checkedIn == null ? slot.plusSeconds(1800) : checkedIn.plus(wait);
            em.createNativeQuery("""
                            insert into booking (id, code, owner_account, plate, driver_name, driver_nationality,
                                driver_document_number, driver_phone, direction, cargo_category, arrival_window_start,
                                arrival_window_end, status, booked_at, vehicle_type, weight_class, checked_in_at,
                                entered_gate_at, exited_at, cancelled_at)
                            values (:id, :code, 'driver-secret', '24C-999.99', 'Nguyen Bi Mat', 'VN', 'C1234567', '+84912000111',
                                :direction, 'PERISHABLE', :slot, :slotEnd, :status, :booked, 'REEFER_TRUCK', 'OVER_10T',
                                :checkedIn, :gateIn, :exited, :cancelled)""")
                    .setParameter("id", id).setParameter("code", code())
                    .setParameter("direction", direction).setParameter("slot", slot)
                    .setParameter("slotEnd", slot.plus(Duration.ofHours(1)))
                    .setParameter("status", crossed ? "EXITED" : "CANCELLED")
                    .setParameter("booked", slot.minus(Duration.ofDays(1)))
                    .setParameter("checkedIn", crossed ? checkedIn : null)
                    .setParameter("gateIn", crossed ? gateIn : null)
                    .setParameter("exited", crossed ? gateIn.plusSeconds(900) : null)
                    .setParameter("cancelled", crossed ? null : slot.minus(Duration.ofHours(2)))
                    .executeUpdate();
            em.createNativeQuery("""
                            insert into booking_consignment (booking_id, declaration_id, state, perishable, updated_at)
                            values (:id, :declaration, 'RELEASED', true, :at)""")
                    .setParameter("id", id).setParameter("declaration", DECLARATION).setParameter("at", slot).executeUpdate();
        });
    }

    /** A booking code of its own: {@code KT2-} and six random characters. */
    static String code() {
        StringBuilder code = new StringBuilder("KT2-");
        ThreadLocalRandom.current().ints(6, 0, 32).forEach(i -> code.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(i)));
        return code.toString();
    }

    static Response asPartner(Map<String, ?> params) {
        return given().auth().oauth2(token(PARTNER, Roles.PARTNER_AGENCY)).queryParams(params).when().get(PATH);
    }

    Map<String, Object> range() {
        return new HashMap<>(Map.of("from", day.start().toString(), "until", day.end().toString()));
    }

    @Test
    void a_partner_reads_the_crossings_of_a_range_page_by_page_with_only_the_shared_fields() {
        Map<String, Object> params = range();
        params.put("size", 4);
        JsonPath page0 = asPartner(params).then().statusCode(200).extract().jsonPath();
        assertThat(page0.getList("items")).hasSize(4);
        assertThat(page0.getBoolean("hasMore")).isTrue();
        params.put("page", 1);
        JsonPath page1 = asPartner(params).then().statusCode(200).extract().jsonPath();
        assertThat(page1.getList("items")).hasSize(3);
        assertThat(page1.getBoolean("hasMore")).isFalse();
        List<String> ids = new ArrayList<>(page0.getList("items.id"));
        ids.addAll(page1.getList("items.id"));
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();

        assertThat(page0.getMap("items[0]")).containsOnlyKeys("id", "direction", "cargoCategory", "vehicleType", "weightClass",
                        "status", "slotStart", "slotEnd", "bookedAt", "checkedInAt", "calledForwardAt", "enteredGateAt", "exitedAt",
                        "cancelledAt", "checkInToGateInSeconds", "consignmentIds")
                .containsEntry("checkInToGateInSeconds", 600).containsEntry("consignmentIds", List.of(DECLARATION));
        String body = asPartner(range()).then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("driver-secret", "24C-999.99", "24C99999", "Bi Mat", "C1234567", "+84912000111", "KT2-");
    }

    @Test
    void a_bad_range_or_page_is_a_400_naming_it() {
        refusedNaming(asPartner(Map.of("until", "tomorrow")), "until");
        refusedNaming(asPartner(Map.of("from", "2026-03-01T00:00:00Z", "until", "2026-01-01T00:00:00Z")), "until");
        refusedNaming(asPartner(Map.of("from", "2026-01-01T00:00:00Z", "until", "2026-02-02T00:00:01Z")), "until");
        refusedNaming(asPartner(Map.of("size", 0)), "size");
        refusedNaming(asPartner(Map.of("page", 10_001)), "page");
        refusedNaming(given().when().get(DATASET + ".csv?day=2026-13-01"), "day");
        refusedNaming(given().when().get(DATASET + "?day=" + LocalDate.now(OpenDay.ZONE)), "day");
    }

    @Test
    void every_read_is_logged_for_supervisors_and_deleted_past_its_retention() {
        Instant before = Instant.now().minusSeconds(1);
        asPartner(range()).then().statusCode(200);
        Instant after = Instant.now().plusSeconds(1);
        Map<String, String> window = Map.of("from", before.toString(), "until", after.toString());

        List<Map<String, Object>> log = given().auth().oauth2(token("sup-partner", Roles.SUPERVISOR)).queryParams(window)
                .when().get("/api/partner/v1/reads").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(log).filteredOn(e -> PARTNER.equals(e.get("account"))).singleElement().satisfies(e -> {
            assertThat(e.get("endpoint")).isEqualTo(PATH);
            assertThat((String) e.get("filter")).contains("from=" + day.start(), "until=" + day.end(), "page=0", "size=50");
            assertThat(e.get("records")).isEqualTo(7);
        });
        given().auth().oauth2(token(PARTNER, Roles.PARTNER_AGENCY)).queryParams(window).when().get("/api/partner/v1/reads")
                .then().statusCode(403);

        assertThat(retention.erase(after.plus(Duration.ofDays(89)))).as("kept within the retention").isEmpty();
        assertThat(retention.erase(after.plus(Duration.ofDays(91)))).isNotEmpty();
        assertThat(given().auth().oauth2(token("sup-partner", Roles.SUPERVISOR)).queryParams(window)
                .when().get("/api/partner/v1/reads").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void the_days_dataset_adds_up_to_the_seeded_rows_in_json_and_csv_with_every_column_in_its_dictionary() {
        Dataset dataset = PartnerChecks.dataset(DATASET, day.day().toString());
        assertThat(dataset.rows()).hasSize(2);
        Map<String, Object> exports = row(dataset.rows(), "EXPORT");
        assertThat(exports).containsEntry("crossings", 5).containsEntry("suppressed", false)
                .containsEntry("checkInToGateInMedianMinutes", 20).containsEntry("checkInToGateInP90Minutes", 40);
        assertThat(row(dataset.rows(), "IMPORT")).containsEntry("crossings", null).containsEntry("suppressed", true)
                .containsEntry("checkInToGateInMedianMinutes", null);
        Number raw = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select count(*) from booking where exited_at >= :from and exited_at < :until")
                .setParameter("from", day.start()).setParameter("until", day.end()).getSingleResult());
        assertThat(((Number) exports.get("crossings")).longValue() + 1)
                .as("the published count and the one suppressed crossing").isEqualTo(raw.longValue());

        CSVRecord csvExports = dataset.csv().stream().filter(r -> "EXPORT".equals(r.get("direction"))).findFirst().orElseThrow();
        assertThat(csvExports.get("crossings")).isEqualTo("5");
        assertThat(csvExports.get("checkInToGateInP90Minutes")).isEqualTo("40");
        CSVRecord csvImports = dataset.csv().stream().filter(r -> "IMPORT".equals(r.get("direction"))).findFirst().orElseThrow();
        assertThat(csvImports.get("crossings")).isEqualTo("<3");
        assertThat(csvImports.get("checkInToGateInMedianMinutes")).isEmpty();
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String direction) {
        return rows.stream().filter(r -> direction.equals(r.get("direction"))).findFirst().orElseThrow();
    }

    @Test
    void no_other_role_reads_the_partner_api_and_a_partner_reads_nothing_else() {
        assertThat(PartnerChecks.roleMatrix(PATH, BookingMother::token)).contains("get /api/bookings", "post /api/bookings",
                "get /api/yard/queue", "get /api/audit", "get /api/partner/v1/reads", "post /api/what-if",
                "get /api/bookings/{code}/qr");
    }
}
