package vn.laocai.gate.clearance.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.DeclarationMother;
import vn.laocai.gate.support.opendata.OpenDay;
import vn.laocai.gate.support.partner.PartnerChecks;
import vn.laocai.gate.support.partner.PartnerChecks.Dataset;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.partner.PartnerReadRetention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.support.partner.PartnerChecks.refusedNaming;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/**
 * The partner API and the open dataset against the real PostgreSQL: consignments seeded on a day of their own, read
 * by a partner agency page by page with only the shared fields, every read logged for supervisors and deleted past its
 * retention; the day's dataset adds up to the seeded rows, its CSV parses, and its dictionary names every column.
 * Every other role is refused the partner API, and a partner is refused everything else.
 */
@QuarkusTest
class PartnerApiTest {

    static final String PARTNER = "partner-" + UUID.randomUUID().toString().substring(0, 8);
    static final String PATH = "/api/partner/v1/consignments";
    static final String DATASET = "/api/open-data/v1/clearances";

    @Inject
    EntityManager em;

    @Inject
    PartnerReadRetention retention;

    OpenDay day;

    @BeforeEach
    void seedADayOfItsOwn() {
        day = new OpenDay(LocalDate.of(2021, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1400)));
        Instant start = day.start();
        // four fruit exports cleared in 60, 120, 180 and 240 minutes, each with a lighter line of another chapter
        for (int i = 1; i <= 4; i++) {
            seed("EXPORT", start.plus(Duration.ofHours(i)), Duration.ofMinutes(60L * i), "0810.60.00", "2008.99.00");
        }
        // one ore import: a cell of one, suppressed
        seed("IMPORT", start.plus(Duration.ofHours(6)), Duration.ofMinutes(30), "2601.11.00", "0810.60.00");
        // submitted that day, not cleared: in the partner API, not in the dataset
        seed("EXPORT", start.plus(Duration.ofHours(7)), null, "0810.60.00", "2008.99.00");
    }

    void seed(String direction, Instant submitted, Duration clearedAfter, String heavyHs, String lightHs) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = UUID.randomUUID();
            em.createNativeQuery("""
                            insert into declaration (id, declaration_version, owner_account, declarant_tax_code, declarant_name,
                                consignee, customs_declaration_number, direction, destination_country, status, submitted_at,
                                cleared_at, fee_amount_vnd)
                            values (:id, 1, 'trader-secret', '5300123456', 'Cong ty Bi Mat', 'Hekou Secret Co.', :number,
                                :direction, 'CN', :status, :submitted, :cleared, 1500000)""")
                    .setParameter("id", id).setParameter("number", declarationNumber()).setParameter("direction", direction)
                    .setParameter("status", clearedAfter == null ? "IN_CLEARANCE" : "CLEARED")
                    .setParameter("submitted", submitted)
                    .setParameter("cleared", clearedAfter == null ? null : submitted.plus(clearedAfter))
                    .executeUpdate();
            line(id, 1, lightHs, 500);
            line(id, 2, heavyHs, 18000);
            em.createNativeQuery("""
                            insert into clearance_step (declaration_id, position, step, state, started_at, completed_at, decided_by)
                            values (:id, 0, 'CUSTOMS', 'DONE', :submitted, :done, 'officer-secret')""")
                    .setParameter("id", id).setParameter("submitted", submitted)
                    .setParameter("done", submitted.plus(Duration.ofMinutes(20))).executeUpdate();
        });
    }

    void line(UUID id, int number, String hs, int grossKg) {
        em.createNativeQuery("""
                        insert into declaration_goods_line (declaration_id, line_number, hs_code, description, quantity, unit,
                            net_weight_kg, gross_weight_kg, value_amount, currency, origin_country)
                        values (:id, :n, :hs, 'Fresh durian', 1000, 'KGM', :net, :gross, 54000, 'USD', 'VN')""")
                .setParameter("id", id).setParameter("n", number).setParameter("hs", hs)
                .setParameter("net", grossKg - 100).setParameter("gross", grossKg).executeUpdate();
    }

    static Response asPartner(String path, Map<String, ?> params) {
        return given().auth().oauth2(token(PARTNER, Roles.PARTNER_AGENCY)).queryParams(params).when().get(path);
    }

    Map<String, Object> range() {
        return Map.of("from", day.start().toString(), "until", day.end().toString());
    }

    @Test
    void a_partner_reads_the_consignments_of_a_range_page_by_page_with_only_the_shared_fields() {
        Map<String, Object> first = new java.util.HashMap<>(range());
        first.put("size", 4);
        JsonPath page0 = asPartner(PATH, first).then().statusCode(200).extract().jsonPath();
        assertThat(page0.getList("items")).hasSize(4);
        assertThat(page0.getBoolean("hasMore")).isTrue();
        first.put("page", 1);
        JsonPath page1 = asPartner(PATH, first).then().statusCode(200).extract().jsonPath();
        assertThat(page1.getList("items")).hasSize(2);
        assertThat(page1.getBoolean("hasMore")).isFalse();
        List<String> numbers = new ArrayList<>(page0.getList("items.customsDeclarationNumber"));
        numbers.addAll(page1.getList("items.customsDeclarationNumber"));
        assertThat(numbers).hasSize(6).doesNotHaveDuplicates();

        Map<String, Object> consignment = page0.getMap("items[0]");
        assertThat(consignment).containsOnlyKeys("id", "customsDeclarationNumber", "direction", "destinationCountry", "status",
                "submittedAt", "clearedAt", "rejectedAt", "feeAmountVnd", "goods", "steps");
        assertThat(page0.getMap("items[0].goods[1]")).containsOnlyKeys("hsCode", "hsChapter", "description", "originCountry",
                "netWeightKg", "grossWeightKg").containsEntry("hsChapter", "08");
        assertThat(page0.getMap("items[0].steps[0]")).containsOnlyKeys("step", "state", "decidedAt").containsEntry("step", "CUSTOMS");
        String body = asPartner(PATH, range()).then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("trader-secret", "5300123456", "Bi Mat", "Hekou Secret", "officer-secret", "54000");
    }

    @Test
    void a_bad_range_or_page_is_a_400_naming_it() {
        refusedNaming(asPartner(PATH, Map.of("from", "yesterday")), "from");
        refusedNaming(asPartner(PATH, Map.of("from", "2026-06-02T00:00:00Z", "until", "2026-06-01T00:00:00Z")), "until");
        refusedNaming(asPartner(PATH, Map.of("from", "2026-01-01T00:00:00Z", "until", "2026-03-01T00:00:00Z")), "until");
        refusedNaming(asPartner(PATH, Map.of("size", 201)), "size");
        refusedNaming(asPartner(PATH, Map.of("page", -1)), "page");
        refusedNaming(given().when().get(DATASET + "?day=2019-12-31"), "day");
        refusedNaming(given().when().get(DATASET + "?day=" + LocalDate.now(OpenDay.ZONE).plusDays(1)), "day");
    }

    @Test
    void every_read_is_logged_for_supervisors_and_deleted_past_its_retention() {
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> params = new java.util.HashMap<>(range());
        params.put("size", 5);
        asPartner(PATH, params).then().statusCode(200);
        Instant after = Instant.now().plusSeconds(1);
        Map<String, String> window = Map.of("from", before.toString(), "until", after.toString());

        List<Map<String, Object>> log = given().auth().oauth2(token("sup-partner", Roles.SUPERVISOR)).queryParams(window)
                .when().get("/api/partner/v1/reads").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(log).filteredOn(e -> PARTNER.equals(e.get("account"))).singleElement().satisfies(e -> {
            assertThat(e.get("endpoint")).isEqualTo("/api/partner/v1/consignments");
            assertThat((String) e.get("filter")).contains("from=" + day.start(), "until=" + day.end(), "page=0", "size=5");
            assertThat(e.get("records")).isEqualTo(5);
            assertThat(e.get("organisation")).isNull();
        });
        asPartner("/api/partner/v1/reads", window).then().statusCode(403);

        List<String> deleted = retention.erase(after.plus(Duration.ofDays(91)));
        assertThat(deleted).isNotEmpty();
        assertThat(given().auth().oauth2(token("sup-partner", Roles.SUPERVISOR)).queryParams(window)
                .when().get("/api/partner/v1/reads").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void the_days_dataset_adds_up_to_the_seeded_rows_in_json_and_csv_with_every_column_in_its_dictionary() {
        Dataset dataset = PartnerChecks.dataset(DATASET, day.day().toString());
        assertThat(dataset.rows()).hasSize(2);
        assertThat(row(dataset.rows(), "EXPORT")).containsEntry("hsChapter", "08").containsEntry("consignmentsCleared", 4)
                .containsEntry("suppressed", false)
                .containsEntry("declarationToClearedMedianMinutes", 120).containsEntry("declarationToClearedP90Minutes", 240);
        assertThat(row(dataset.rows(), "IMPORT")).containsEntry("hsChapter", "26").containsEntry("consignmentsCleared", null)
                .containsEntry("suppressed", true).containsEntry("declarationToClearedMedianMinutes", null);
        Number raw = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select count(*) from declaration where cleared_at >= :from and cleared_at < :until")
                .setParameter("from", day.start()).setParameter("until", day.end()).getSingleResult());
        long published = dataset.rows().stream().filter(r -> !(Boolean) r.get("suppressed"))
                .mapToLong(r -> ((Number) r.get("consignmentsCleared")).longValue()).sum();
        assertThat(published + 1).as("the published counts and the one suppressed consignment").isEqualTo(raw.longValue());

        CSVRecord fruit = dataset.csv().stream().filter(r -> "EXPORT".equals(r.get("direction"))).findFirst().orElseThrow();
        assertThat(fruit.get("consignmentsCleared")).isEqualTo("4");
        assertThat(fruit.get("declarationToClearedMedianMinutes")).isEqualTo("120");
        CSVRecord ore = dataset.csv().stream().filter(r -> "IMPORT".equals(r.get("direction"))).findFirst().orElseThrow();
        assertThat(ore.get("consignmentsCleared")).isEqualTo("<3");
        assertThat(ore.get("declarationToClearedP90Minutes")).isEmpty();
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String direction) {
        return rows.stream().filter(r -> direction.equals(r.get("direction"))).findFirst().orElseThrow();
    }

    @Test
    void no_other_role_reads_the_partner_api_and_a_partner_reads_nothing_else() {
        assertThat(PartnerChecks.roleMatrix(PATH, DeclarationMother::token)).contains("get /api/declarations", "get /api/audit",
                "get /api/partner/v1/reads", "post /api/declarations", "post /api/declarations/{id}/steps/{step}/decisions",
                "post /api/declarations/{id}/documents");
    }
}
