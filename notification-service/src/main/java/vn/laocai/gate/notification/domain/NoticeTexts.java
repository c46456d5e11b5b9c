package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Catalogue;
import vn.laocai.gate.support.i18n.Language;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The notices' words, from the platform's catalogue ({@code support.i18n}: service-support's messages with the
 * service's {@code i18n/messages_<language>.properties} over them): a {@code <kind>.title} and a
 * {@code <kind>.text} per kind, named parameters in braces ({@code {plate}}). Parameter values are said by
 * their type: an {@link Instant} as gate time (Asia/Ho_Chi_Minh) with the zone named as the language's
 * {@code time.pattern} says (shorter than a problem's, for an SMS), {@link Money} with the language's digit
 * grouping, a {@link Term} in the catalogue's words ({@code document.INVOICE}), {@link Terms} joined by the
 * language's {@code list.separator}, a {@link Phrase} as a message of its own, anything else as its text.
 */
public final class NoticeTexts {

    /** A code to be said in words: {@code group.CODE} in the catalogue, the code itself when absent. */
    public record Term(String group, String code) {
    }

    /** Several terms, joined by the language's separator ({@code list.separator}). */
    public record Terms(String group, Collection<String> codes) {
    }

    /** A message of the catalogue rendered inside another one. */
    public record Phrase(String key, Map<String, ?> parameters) {
    }

    /** An amount of Vietnamese dong. */
    public record Money(long vnd) {
    }

    /** A notice in one language: title (e-mail subject, inbox heading) and text (SMS, inbox, e-mail body). */
    public record Rendered(String title, String text) {
    }

    private final Catalogue catalogue;

    private NoticeTexts(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** service-support's catalogue with the service's {@code <base>_<language>.properties} over it. */
    public static NoticeTexts load(String base) {
        return new NoticeTexts(Catalogue.load("i18n/support", base));
    }

    /** The notice of {@code kind} in {@code language}. */
    public Rendered render(NoticeKind kind, Language language, Map<String, ?> parameters) {
        return new Rendered(message(language, kind.key() + ".title", parameters), message(language, kind.key() + ".text", parameters));
    }

    /** One message by key, its parameters said in {@code language}; refused when the key is unknown or a parameter missing. */
    public String message(Language language, String key, Map<String, ?> parameters) {
        Map<String, String> said = new HashMap<>();
        parameters.forEach((name, value) -> said.put(name, value(language, value)));
        return catalogue.text(language, key, said);
    }

    /** Every key of the catalogue of {@code language}. */
    public Set<String> keys(Language language) {
        return catalogue.keys(language);
    }

    /** A code in words: {@code group.CODE}, or the code itself when the catalogue has no words for it. */
    public String term(Language language, String group, String code) {
        return catalogue.term(language, group, code);
    }

    private String value(Language language, Object value) {
        if (value == null) {
            return catalogue.text(language, "unknown", Map.of());
        }
        if (value instanceof Instant instant) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(catalogue.text(language, "time.pattern", Map.of()), language.locale());
            return format.format(instant.atZone(Catalogue.GATE_ZONE));
        }
        if (value instanceof Money money) {
            return NumberFormat.getIntegerInstance(language.locale()).format(money.vnd()) + " VND";
        }
        if (value instanceof Term term) {
            return term(language, term.group(), term.code());
        }
        if (value instanceof Terms terms) {
            return terms.codes().stream().map(c -> term(language, terms.group(), c))
                    .collect(Collectors.joining(catalogue.text(language, "list.separator", Map.of())));
        }
        if (value instanceof Phrase phrase) {
            return message(language, phrase.key(), phrase.parameters());
        }
        return String.valueOf(value);
    }
}
