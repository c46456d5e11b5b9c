package vn.laocai.gate.notification.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages of every notice kind in every language, as data: one resource per language
 * ({@code messages/vi.properties}, {@code en}, {@code zh}, UTF-8), with a {@code <kind>.title} and a
 * {@code <kind>.text} per kind and named parameters in braces ({@code {plate}}). Parameter values are
 * rendered by their type: an {@link Instant} as gate time (Asia/Ho_Chi_Minh) with the zone named in
 * the language ({@code time.pattern}), {@link Money} with the language's digit grouping, a {@link Term}
 * looked up in the catalogue ({@code document.INVOICE}), a {@link Phrase} as a message of its own,
 * anything else as its text.
 */
public final class MessageCatalogue {

    /** The gate's time zone: every time in a notice is local time at Kim Thanh. */
    public static final ZoneId GATE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

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

    private final Map<Language, Properties> messages;

    private MessageCatalogue(Map<Language, Properties> messages) {
        this.messages = messages;
    }

    /** Reads {@code <folder>/<language>.properties} of every language from the class path. */
    public static MessageCatalogue load(String folder) {
        Map<Language, Properties> messages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = folder + "/" + language.code() + ".properties";
            try (InputStream in = MessageCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No message catalogue " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                messages.put(language, properties);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return new MessageCatalogue(messages);
    }

    /** The notice of {@code kind} in {@code language}. */
    public Rendered render(NoticeKind kind, Language language, Map<String, ?> parameters) {
        return new Rendered(message(language, kind.key() + ".title", parameters), message(language, kind.key() + ".text", parameters));
    }

    /** One message by key, its parameters filled in. */
    public String message(Language language, String key, Map<String, ?> parameters) {
        String template = raw(language, key);
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException(language.code() + " " + key + ": no value for {" + name + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(language, parameters.get(name))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Every key of the catalogue of {@code language}. */
    public java.util.Set<String> keys(Language language) {
        return messages.get(language).stringPropertyNames();
    }

    private String raw(Language language, String key) {
        String template = messages.get(language).getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("No message " + key + " in " + language.code());
        }
        return template;
    }

    private String value(Language language, Object value) {
        if (value == null) {
            return raw(language, "unknown");
        }
        if (value instanceof Instant instant) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(raw(language, "time.pattern"), language.locale());
            return format.format(instant.atZone(GATE_ZONE));
        }
        if (value instanceof Money money) {
            return NumberFormat.getIntegerInstance(language.locale()).format(money.vnd()) + " VND";
        }
        if (value instanceof Term term) {
            return term(language, term.group(), term.code());
        }
        if (value instanceof Terms terms) {
            return terms.codes().stream().map(c -> term(language, terms.group(), c))
                    .collect(Collectors.joining(raw(language, "list.separator")));
        }
        if (value instanceof Phrase phrase) {
            return message(language, phrase.key(), phrase.parameters());
        }
        return String.valueOf(value);
    }

    /** A code in words: {@code group.CODE}, or the code itself when the catalogue has no words for it. */
    public String term(Language language, String group, String code) {
        if (code == null) {
            return raw(language, "unknown");
        }
        return messages.get(language).getProperty(group + "." + code, code);
    }
}
