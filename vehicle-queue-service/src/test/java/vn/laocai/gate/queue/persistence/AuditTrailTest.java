package vn.laocai.gate.queue.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.support.audit.AuditEntry;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.audit.AuditVerification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The shared audit trail in this service's real PostgreSQL: appended in the caller's transaction,
 * refused an update or a delete by the database, and an edited or deleted row found by the chain
 * once someone got past the database's refusal. The test puts every row it touches back as it was.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditTrail trail;

    @Inject
    EntityManager em;

    @Test
    void entries_chain_the_database_refuses_edits_and_verification_finds_an_edited_and_a_deleted_row() {
        AuditEntry first = QuarkusTransaction.requiringNew().call(() -> trail.record("officer-audit", "VEHICLE_HELD",
                "KT2-AUD001", "Reefer unit alarm", Map.of("direction", "EXPORT")));
        AuditEntry second = QuarkusTransaction.requiringNew().call(() -> trail.record("officer-audit", "OUT_OF_TURN_CALL",
                "KT2-AUD001", "Durian in a failing reefer", Map.of("lane", 1)));
        AuditEntry third = QuarkusTransaction.requiringNew().call(() -> trail.record("officer-audit", "VEHICLE_HOLD_LIFTED",
                "KT2-AUD001", "Repaired", Map.of()));
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(trail.verify().intact()).isTrue();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_entry set reason = 'No reason' where seq = " + second.seq()).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_entry where seq = " + second.seq()).executeUpdate()))
                .hasStackTraceContaining("append-only");

        try {
            sql("alter table audit_entry disable trigger audit_entry_append_only");
            sql("update audit_entry set reason = 'No reason' where seq = " + second.seq());
            AuditVerification edited = trail.verify();
            assertThat(edited.intact()).isFalse();
            assertThat(edited.firstBrokenSeq()).isEqualTo(second.seq());
            assertThat(edited.problem()).isEqualTo(AuditVerification.Problem.ALTERED);
            sql("update audit_entry set reason = 'Durian in a failing reefer' where seq = " + second.seq());
            assertThat(trail.verify().intact()).isTrue();

            sql("create temporary table kept_entry as select * from audit_entry where seq = " + second.seq());
            sql("delete from audit_entry where seq = " + second.seq());
            AuditVerification deleted = trail.verify();
            assertThat(deleted.firstBrokenSeq()).isEqualTo(second.seq());
            assertThat(deleted.problem()).isEqualTo(AuditVerification.Problem.REMOVED);
            sql("insert into audit_entry select * from kept_entry");
            sql("drop table kept_entry");
        } finally {
            sql("alter table audit_entry enable trigger audit_entry_append_only");
        }
        assertThat(trail.verify().intact()).isTrue();
        assertThat(third.seq()).isEqualTo(second.seq() + 1);
    }

    @Test
    void entries_of_one_transaction_follow_each_other_and_the_next_transaction_follows_its_last() {
        List<AuditEntry> together = QuarkusTransaction.requiringNew().call(() -> List.of(
                trail.record("officer-audit", "VEHICLE_HELD", "KT2-AUD003", "Seal broken", Map.of()),
                trail.record("officer-audit", "OUT_OF_TURN_CALL", "KT2-AUD003", "Live animals", Map.of("lane", 2)),
                trail.record("officer-audit", "VEHICLE_HOLD_LIFTED", "KT2-AUD003", "Resealed", Map.of())));
        AuditEntry after = QuarkusTransaction.requiringNew().call(() -> trail.record("officer-audit", "QUEUE_REORDERED",
                "KT2-AUD003", "Fire engine", Map.of()));

        assertThat(together.get(1).seq()).isEqualTo(together.get(0).seq() + 1);
        assertThat(together.get(1).previousHash()).isEqualTo(together.get(0).hash());
        assertThat(together.get(2).previousHash()).isEqualTo(together.get(1).hash());
        assertThat(after.seq()).isEqualTo(together.get(2).seq() + 1);
        assertThat(after.previousHash()).isEqualTo(together.get(2).hash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void supervisors_read_the_entries_and_the_verification_others_may_not() {
        QuarkusTransaction.requiringNew().run(() -> trail.record("officer-audit", "QUEUE_REORDERED", "KT2-AUD002",
                "Medical emergency of the driver", Map.of("position", 1)));

        given().auth().oauth2(BookingMother.token("supervisor-audit", "supervisor"))
                .queryParam("action", "QUEUE_REORDERED").queryParam("subject", "KT2-AUD002")
                .get("/api/audit")
                .then().statusCode(200)
                .body("[0].actor", equalTo("officer-audit"))
                .body("[0].reason", equalTo("Medical emergency of the driver"))
                .body("[0].details.position", equalTo(1));
        given().auth().oauth2(BookingMother.token("supervisor-audit", "supervisor"))
                .get("/api/audit/verification")
                .then().statusCode(200).body("intact", equalTo(true));
        given().auth().oauth2(BookingMother.token("supervisor-audit", "supervisor"))
                .queryParam("from", "yesterday")
                .get("/api/audit")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(BookingMother.token("driver-audit", "driver"))
                .get("/api/audit/verification")
                .then().statusCode(403);
        given().auth().oauth2(BookingMother.token("gate-audit", "gate-officer"))
                .get("/api/audit")
                .then().statusCode(403);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/audit/verification'.get.tags", hasItem("Audit"));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
