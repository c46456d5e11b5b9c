package vn.laocai.gate.queue.security;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.infra.DevIdentity;
import vn.laocai.gate.support.domain.RuleViolation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The booking QR signed ES256, checked with the published JWK set alone; the HMAC QRs of the previous release during the change. */
class QrKeysTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");
    static final Instant SLOT = Instant.parse("2026-06-15T02:00:00Z");
    static final Instant EXPIRY = Instant.parse("2026-06-15T14:00:00Z");
    static final String LEGACY_SECRET = "a-secret-of-at-least-thirty-two-characters";

    private final QrKeys keys = new QrKeys(QrSigningKey.generate(), List.of());

    @Test
    void a_qr_verifies_with_only_the_published_jwk_set() {
        String qr = keys.sign(new QrClaims("KT2-7XK4P9", "24C12345", SLOT, EXPIRY));
        String published = keys.jwkSetJson();
        assertThat(published).contains("\"kty\":\"EC\"", "\"crv\":\"P-256\"", "\"kid\":\"" + keys.currentKid() + "\"").doesNotContain("\"d\"");

        QrClaims claims = QrVerifier.ofJwkSet(published).verify(qr, NOW);

        assertThat(claims).isEqualTo(new QrClaims("KT2-7XK4P9", "24C12345", SLOT, EXPIRY));
    }

    @Test
    void one_changed_character_anywhere_fails_verification() {
        String qr = keys.sign(new QrClaims("KT2-7XK4P9", "24C12345", SLOT, EXPIRY));
        QrVerifier device = QrVerifier.ofJwkSet(keys.jwkSetJson());
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < qr.length(); i++) {
            int value = alphabet.indexOf(qr.charAt(i));
            if (value < 0) {
                continue; // the two dots
            }
            // flip the highest of the character's six bits: always a bit of the decoded bytes, never padding
            String changed = qr.substring(0, i) + alphabet.charAt(value ^ 0b100000) + qr.substring(i + 1);
            assertThatThrownBy(() -> device.verify(changed, NOW)).as("character %d changed", i)
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("qrToken"));
        }
    }

    @Test
    void another_key_an_expired_qr_and_garbage_are_refused() {
        String qr = keys.sign(new QrClaims("KT2-7XK4P9", "24C12345", SLOT, EXPIRY));
        QrVerifier otherGate = new QrKeys(QrSigningKey.generate(), List.of()).verifier();
        assertThatThrownBy(() -> otherGate.verify(qr, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("invalid-qr"));
        assertThatThrownBy(() -> keys.verifier().verify(qr, EXPIRY.plusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("expired-qr"));
        assertThatThrownBy(() -> keys.verifier().verify("24C-123.45", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("invalid-qr"));
    }

    @Test
    void a_qr_of_a_retired_key_verifies_while_that_key_is_published() {
        QrSigningKey old = QrSigningKey.generate();
        String issuedBefore = new QrKeys(old, List.of()).sign(new QrClaims("KT2-7XK4P9", "24C12345", SLOT, EXPIRY));
        QrKeys rotated = new QrKeys(QrSigningKey.generate(), List.of(old));

        assertThat(QrVerifier.ofJwkSet(rotated.jwkSetJson()).verify(issuedBefore, NOW).bookingCode()).isEqualTo("KT2-7XK4P9");
        assertThat(rotated.jwkSetJson()).contains(old.kid(), rotated.currentKid());
    }

    @Test
    void hmac_qrs_of_the_previous_release_check_in_until_they_expire_and_only_while_their_secret_is_configured() {
        String old = new HmacQrToken(LEGACY_SECRET).sign("KT2-7XK4P9", EXPIRY);
        QrTokens during = new QrTokens(keys, Optional.of(new HmacQrToken(LEGACY_SECRET)));
        QrTokens after = new QrTokens(keys, Optional.empty());

        assertThat(during.verify(old, NOW)).isEqualTo(new QrClaims("KT2-7XK4P9", null, null, EXPIRY));
        assertThat(during.verify(old, NOW).isCurrentFor("24C12345", SLOT)).isTrue();
        assertThatThrownBy(() -> during.verify(old, EXPIRY.plusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("expired-qr"));
        assertThatThrownBy(() -> after.verify(old, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("invalid-qr"));
        assertThat(during.issue("KT2-7XK4P9", "24C12345", SLOT, EXPIRY)).doesNotStartWith("KT2.")
                // the same booking gets the same QR again (its image keeps its ETag), another window another one
                .isEqualTo(during.issue("KT2-7XK4P9", "24C12345", SLOT, EXPIRY))
                .isNotEqualTo(during.issue("KT2-7XK4P9", "24C12345", SLOT.plusSeconds(3600), EXPIRY.plusSeconds(3600)));
    }

    @Test
    void a_qr_of_an_earlier_window_is_not_current() {
        QrClaims claims = keys.verifier().verify(keys.sign(new QrClaims("KT2-7XK4P9", "24C12345", SLOT, EXPIRY)), NOW);
        assertThat(claims.isCurrentFor("24C12345", SLOT)).isTrue();
        assertThat(claims.isCurrentFor("24C12345", SLOT.plusSeconds(3600))).isFalse();
        assertThat(claims.isCurrentFor("24C99999", SLOT)).isFalse();
    }

    @Test
    void the_key_file_of_the_local_stack_is_read_and_a_mismatched_pair_is_refused(@TempDir Path dir) throws Exception {
        Path file = DevIdentity.ecSigningKey(dir, "qr-signing-key");
        QrSigningKey read = QrSigningKey.readSigningKey(file);
        assertThat(QrSigningKey.readSigningKey(file).kid()).isEqualTo(read.kid());
        assertThat(QrSigningKey.readPublicKey(file).kid()).isEqualTo(read.kid());

        String other = QrSigningKey.generate().toPem();
        Path mixed = Files.writeString(dir.resolve("mixed.pem"),
                read.toPem().substring(0, read.toPem().indexOf("-----BEGIN PUBLIC KEY")) + other.substring(other.indexOf("-----BEGIN PUBLIC KEY")));
        assertThatThrownBy(() -> QrSigningKey.readSigningKey(mixed)).hasMessageContaining("not the private key's");
    }

    /** Prints what a phone shows: the QR's version and modules at error correction M (no bound on time, a bound on size). */
    @Test
    void the_qr_stays_small_enough_to_scan() throws WriterException {
        for (String plate : List.of("24C12345", "云G12345")) {
            String qr = keys.sign(new QrClaims("KT2-7XK4P9", plate, SLOT, EXPIRY));
            QRCode code = Encoder.encode(qr, ErrorCorrectionLevel.M);
            System.out.printf("QR of plate %s: %d characters, version %d, %d x %d modules (error correction M)%n",
                    plate, qr.length(), code.getVersion().getVersionNumber(), code.getMatrix().getWidth(), code.getMatrix().getHeight());
            assertThat(code.getVersion().getVersionNumber()).isLessThanOrEqualTo(11);
        }
    }
}
