package vn.laocai.gate.support.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTest {

    static final Instant T0 = Instant.parse("2026-06-15T02:10:31.204518Z");
    final AuditChain keyed = AuditChain.of(Optional.of("a key the database administrators do not hold"));

    /** A chain of {@code n} entries written as AuditTrail writes them. */
    static List<AuditEntry> chain(AuditChain chain, int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            Instant at = T0.plusSeconds(seq * 60);
            String details = AuditChain.canonicalDetails(Map.of("lane", (int) seq % 5 + 1, "direction", "EXPORT"));
            String hash = chain.hash(seq, at, "officer-1", "VEHICLE_HELD", "KT2-7XK4P" + seq % 10, "Reefer alarm", details, previous);
            entries.add(new AuditEntry(seq, at, "officer-1", "VEHICLE_HELD", "KT2-7XK4P" + seq % 10, "Reefer alarm",
                    details, previous, hash, chain.keyed()));
            previous = hash;
        }
        return entries;
    }

    static AuditVerification walk(AuditChain chain, List<AuditEntry> entries) {
        ChainWalk walk = new ChainWalk(chain);
        for (AuditEntry e : entries) {
            if (!walk.accept(e)) {
                break;
            }
        }
        return walk.result();
    }

    static AuditEntry edited(AuditEntry e, String reason) {
        return new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), reason, e.details(),
                e.previousHash(), e.hash(), e.keyed());
    }

    @Test
    void an_untouched_chain_is_intact_and_names_its_head() {
        List<AuditEntry> entries = chain(keyed, 5);

        AuditVerification result = walk(keyed, entries);

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.headHash()).isEqualTo(entries.get(4).hash());
        assertThat(result.keyed()).isTrue();
    }

    @Test
    void an_edited_reason_is_named_as_the_first_altered_entry() {
        List<AuditEntry> entries = chain(keyed, 5);
        entries.set(2, edited(entries.get(2), "No reason"));

        AuditVerification result = walk(keyed, entries);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.ALTERED);
        assertThat(result.entries()).isEqualTo(2);
    }

    @Test
    void a_deleted_entry_is_named_as_removed() {
        List<AuditEntry> entries = chain(keyed, 5);
        entries.remove(1);

        AuditVerification result = walk(keyed, entries);

        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.REMOVED);
        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.detail()).contains("entry 2 is missing");
    }

    @Test
    void a_rewritten_entry_without_the_key_breaks_the_link_to_the_next() {
        List<AuditEntry> entries = chain(keyed, 4);
        AuditEntry second = entries.get(1);
        AuditChain forger = AuditChain.of(Optional.of("a guessed key"));
        String forged = forger.hash(2, second.recordedAt(), second.actor(), second.action(), second.subject(), "Forged",
                second.details(), second.previousHash());
        entries.set(1, new AuditEntry(2, second.recordedAt(), second.actor(), second.action(), second.subject(), "Forged",
                second.details(), second.previousHash(), forged, true));

        AuditVerification result = walk(keyed, entries);

        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.ALTERED);
    }

    @Test
    void an_entry_downgraded_to_an_unkeyed_hash_is_altered() {
        List<AuditEntry> entries = chain(keyed, 3);
        AuditChain plain = AuditChain.of(Optional.empty());
        AuditEntry third = entries.get(2);
        String rehashed = plain.hash(3, third.recordedAt(), third.actor(), third.action(), third.subject(), "Forged",
                third.details(), third.previousHash());
        entries.set(2, new AuditEntry(3, third.recordedAt(), third.actor(), third.action(), third.subject(), "Forged",
                third.details(), third.previousHash(), rehashed, false));

        AuditVerification result = walk(keyed, entries);

        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.detail()).contains("unkeyed");
    }

    @Test
    void keyed_entries_cannot_be_checked_without_the_key() {
        AuditVerification result = walk(AuditChain.of(Optional.of(" ")), chain(keyed, 2));

        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.KEY_MISSING);
        assertThat(result.keyed()).isFalse();
    }

    @Test
    void every_field_takes_part_in_the_hash() {
        String d = AuditChain.canonicalDetails(Map.of("lane", 1));
        String base = keyed.hash(7, T0, "officer-1", "HOLD", "KT2-7XK4P9", "why", d, AuditChain.GENESIS);

        assertThat(List.of(
                keyed.hash(8, T0, "officer-1", "HOLD", "KT2-7XK4P9", "why", d, AuditChain.GENESIS),
                keyed.hash(7, T0.plusNanos(1000), "officer-1", "HOLD", "KT2-7XK4P9", "why", d, AuditChain.GENESIS),
                keyed.hash(7, T0, "officer-2", "HOLD", "KT2-7XK4P9", "why", d, AuditChain.GENESIS),
                keyed.hash(7, T0, "officer-1", "LIFT", "KT2-7XK4P9", "why", d, AuditChain.GENESIS),
                keyed.hash(7, T0, "officer-1", "HOLD", "KT2-7XK4P8", "why", d, AuditChain.GENESIS),
                keyed.hash(7, T0, "officer-1", "HOLD", "KT2-7XK4P9", null, d, AuditChain.GENESIS),
                keyed.hash(7, T0, "officer-1", "HOLD", "KT2-7XK4P9", "why", AuditChain.canonicalDetails(Map.of("lane", 2)),
                        AuditChain.GENESIS),
                keyed.hash(7, T0, "officer-1", "HOLD", "KT2-7XK4P9", "why", d, "1".repeat(64)),
                AuditChain.of(Optional.empty()).hash(7, T0, "officer-1", "HOLD", "KT2-7XK4P9", "why", d, AuditChain.GENESIS)))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
        assertThat(keyed.hash(7, T0.plusNanos(1), "officer-1", "HOLD", "KT2-7XK4P9", "why", d, AuditChain.GENESIS))
                .as("below a microsecond, as PostgreSQL stores it").isEqualTo(base);
    }

    @Test
    void details_are_canonical_whatever_the_map_order() {
        assertThat(AuditChain.canonicalDetails(Map.of("b", 1, "a", Map.of("z", 1, "y", 2))))
                .isEqualTo("{\"a\":{\"y\":2,\"z\":1},\"b\":1}");
        assertThat(AuditChain.canonicalDetails(null)).isEqualTo("{}");
    }
}
