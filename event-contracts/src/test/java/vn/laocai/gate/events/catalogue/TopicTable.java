package vn.laocai.gate.events.catalogue;

import java.util.stream.Collectors;

/**
 * The Markdown table of the topics, written between {@code <!-- topics:start -->} and
 * {@code <!-- topics:end -->} in the READMEs from the same {@link EventCatalogue} as the AsyncAPI document.
 */
final class TopicTable {

    static final String START = "<!-- topics:start (written by EventCatalogueTest from the catalogue; do not edit) -->";
    static final String END = "<!-- topics:end -->";

    private TopicTable() {
    }

    static String markdown(EventCatalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append("| topic | producer | record key | event types | consumers (consumer group; types it applies) |\n");
        out.append("|---|---|---|---|---|\n");
        for (EventCatalogue.Topic topic : catalogue.topics()) {
            String consumers = topic.readers().isEmpty() ? "people, after a fix"
                    : topic.readers().stream().map(r -> r.group() == null ? r.service() + ", in " + r.channel()
                            : r.service() + " (`" + r.group() + "`; " + r.applies().size() + ")")
                            .collect(Collectors.joining(", "));
            String producer = topic.deadLetter() ? "the consumers of " + topic.producer() : topic.producer();
            out.append("| `").append(topic.address()).append("` | ").append(producer).append(" | ")
                    .append(topic.key()).append(" | ").append(topic.types().size())
                    .append(topic.deadLetter() ? " (those it reads)" : "").append(" | ")
                    .append(consumers).append(" |\n");
        }
        return out.toString();
    }

    /** The text with the table between its markers replaced; fails when the markers are missing. */
    static String replaceIn(String text, String table) {
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("No " + START + " ... " + END + " in the text");
        }
        return text.substring(0, start + START.length()) + "\n" + table + text.substring(end);
    }
}
