package vn.laocai.gate.support.i18n;

import vn.laocai.gate.support.domain.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages in every {@link Language}, as data: {@code <base>_vi.properties}, {@code _en}, {@code _zh} (UTF-8)
 * for each base on the class path, a later base overriding an earlier one (service-support's own
 * {@code i18n/support}, then the service's {@code i18n/messages}).
 *
 * <p>A message names its parameters in braces. {@code {plate}} is the value as it is; {@code {slot,time}}
 * an ISO-8601 instant shown in gate time (Asia/Ho_Chi_Minh) with the zone named, as the language's
 * {@code format.time} says; {@code {status,status}} (any other second word) the value looked up as
 * {@code status.<value>}, the value itself when the catalogue has no words for it; {@code {next,phrase}} the
 * message whose key the value is, filled from the same parameters (nothing when the value is null), for a
 * part of a sentence that differs from case to case; {@code {missing,document*}} (a group with a star) a list of
 * codes separated by commas, each in its words, joined as the language's {@code format.list} says.
 */
public final class Catalogue {

    /** The gate's time zone: every time in a text is local time at Kim Thanh. */
    public static final ZoneId GATE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9]+)(?:,([A-Za-z0-9]+\\*?))?}");

    private final Map<Language, Properties> messages;

    private Catalogue(Map<Language, Properties> messages) {
        this.messages = messages;
    }

    /** Reads {@code <base>_<language>.properties} of every base and language; a missing optional base is skipped. */
    public static Catalogue load(String required, String... optional) {
        Map<Language, Properties> messages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Properties merged = new Properties();
            read(required + "_" + language.code() + ".properties", merged, true);
            for (String base : optional) {
                read(base + "_" + language.code() + ".properties", merged, false);
            }
            messages.put(language, merged);
        }
        return new Catalogue(messages);
    }

    private static void read(String resource, Properties into, boolean required) {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("No message catalogue " + resource);
                }
                return;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            into.putAll(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public boolean has(String key) {
        return messages.get(Language.DEFAULT).containsKey(key);
    }

    /** The message in {@code language}; null when the catalogue has no such key. */
    public String render(Language language, Message message) {
        String template = messages.get(language).getProperty(message.key());
        return template == null ? null : fill(language, message.key(), template, message.parameters());
    }

    /** The message of {@code key} in {@code language}, its parameters filled in; refused when the key is unknown. */
    public String text(Language language, String key, Map<String, String> parameters) {
        String rendered = render(language, new Message(key, parameters));
        if (rendered == null) {
            throw new IllegalArgumentException("No message " + key + " in " + language.code());
        }
        return rendered;
    }

    /** A code in words ({@code group.CODE}), the code itself when the catalogue has none. */
    public String term(Language language, String group, String code) {
        if (code == null) {
            return messages.get(language).getProperty("unknown", "?");
        }
        return messages.get(language).getProperty(group + "." + code, code);
    }

    /** An instant as gate time with its zone named in {@code language}. */
    public String time(Language language, Instant instant) {
        String pattern = messages.get(language).getProperty("format.time", "HH:mm dd/MM/yyyy '(UTC+7)'");
        return DateTimeFormatter.ofPattern(pattern, language.locale()).format(instant.atZone(GATE_ZONE));
    }

    private String fill(Language language, String key, String template, Map<String, String> parameters) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException(language.code() + " " + key + ": no value for {" + name + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(language, matcher.group(2), parameters.get(name), parameters)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String value(Language language, String format, String value, Map<String, String> parameters) {
        if ("phrase".equals(format)) {
            if (value == null) {
                return "";
            }
            String phrase = messages.get(language).getProperty(value);
            if (phrase == null) {
                throw new IllegalArgumentException("No message " + value + " in " + language.code());
            }
            return fill(language, value, phrase, parameters);
        }
        if (value == null) {
            return messages.get(language).getProperty("unknown", "?");
        }
        if (format == null) {
            return value;
        }
        if (format.endsWith("*")) {
            String group = format.substring(0, format.length() - 1);
            String separator = messages.get(language).getProperty("format.list", ", ");
            return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                    .map(code -> term(language, group, code)).collect(java.util.stream.Collectors.joining(separator));
        }
        if (format.equals("time")) {
            try {
                return time(language, Instant.parse(value));
            } catch (DateTimeParseException notAnInstant) {
                return value;
            }
        }
        return term(language, format, value);
    }

    /** Every key of the catalogue of {@code language}. */
    public Set<String> keys(Language language) {
        return new TreeSet<>(messages.get(language).stringPropertyNames());
    }

    /** The parameters a message names, with their formats ({@code slot,time}), in order; for checking catalogues. */
    public Set<String> placeholders(Language language, String key) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PARAMETER.matcher(messages.get(language).getProperty(key, ""));
        while (matcher.find()) {
            names.add(matcher.group(0));
        }
        return names;
    }
}
