package vn.laocai.gate.support.problem;

import jakarta.validation.ConstraintViolation;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.i18n.PlatformTexts;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bean Validation violation's message in the reader's language, from the catalogue rather than from
 * Hibernate Validator's English. A constraint with its standard message ({@code @NotNull}, {@code @Size},
 * {@code @Pattern}...) is said by {@code constraint.<Constraint>} ({@code constraint.Size}), a message written
 * as a catalogue key in braces ({@code message = "{constraint.booking-code}"}) by that key; either gets the
 * constraint's attributes as parameters ({@code {min}}, {@code {max}}, {@code {value}}, {@code {regexp}}).
 * A message written as English text, or a key the catalogue lacks, stays what the validator said.
 */
final class ConstraintMessages {

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9.\\-]+)}");
    private static final Pattern STANDARD = Pattern.compile("(?:jakarta\\.validation\\.constraints|org\\.hibernate\\.validator\\.constraints)\\.([A-Za-z]+)\\.message");
    private static final Set<String> NOT_PARAMETERS = Set.of("groups", "payload", "message");

    private ConstraintMessages() {
    }

    /** The violation's message as a catalogue message; null when it is written as text. */
    static Message of(ConstraintViolation<?> violation) {
        Matcher key = KEY.matcher(violation.getMessageTemplate() == null ? "" : violation.getMessageTemplate());
        if (!key.matches()) {
            return null;
        }
        Matcher standard = STANDARD.matcher(key.group(1));
        Message message = Message.of(standard.matches() ? "constraint." + standard.group(1) : key.group(1));
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            if (!NOT_PARAMETERS.contains(attribute.getKey())) {
                message = message.with(attribute.getKey(), attribute.getValue());
            }
        }
        return message;
    }

    /** What the reader is told of the violation in {@code language}. */
    static String text(ConstraintViolation<?> violation, Language language) {
        Message message = of(violation);
        String said = message == null ? null : PlatformTexts.render(language, message);
        return said == null ? violation.getMessage() : said;
    }
}
