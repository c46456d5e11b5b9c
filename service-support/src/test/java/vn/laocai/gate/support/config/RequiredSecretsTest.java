package vn.laocai.gate.support.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredSecretsTest {

    private static final Set<String> DEVELOPMENT = Set.of("dev-only-audit-key-not-secret", "local-sms-key");
    private static final List<String> REQUIRED = List.of("gate.audit.key", "gate.notification.sms.api-key");

    @Test
    void a_missing_blank_or_development_secret_is_refused_naming_the_setting_and_its_variable() {
        Map<String, String> values = Map.of("gate.audit.key", "dev-only-audit-key-not-secret",
                "gate.notification.sms.api-key", "  ");

        List<String> refusals = RequiredSecrets.refusals(REQUIRED, name -> Optional.ofNullable(values.get(name)), DEVELOPMENT);

        assertThat(refusals).containsExactly(
                "gate.audit.key holds a development value (set GATE_AUDIT_KEY from a secret)",
                "gate.notification.sms.api-key is not set (GATE_NOTIFICATION_SMS_API_KEY)");
        assertThat(RequiredSecrets.message(refusals)).startsWith("Refusing to start in production")
                .contains("gate.audit.key", "gate.notification.sms.api-key").doesNotContain("dev-only-audit-key-not-secret");
        assertThat(RequiredSecrets.refusals(REQUIRED, name -> Optional.empty(), DEVELOPMENT)).hasSize(2);
    }

    @Test
    void secrets_of_their_own_pass() {
        Map<String, String> values = Map.of("gate.audit.key", "9f1c2a77e0b4", "gate.notification.sms.api-key", "k-71e2");

        assertThat(RequiredSecrets.refusals(REQUIRED, name -> Optional.ofNullable(values.get(name)), DEVELOPMENT)).isEmpty();
    }
}
