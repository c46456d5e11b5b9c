package vn.laocai.gate.e2e;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * What the platform holds about the crossings of the fault matrix, read from each service's own
 * database, from the event topics (every record from their beginning) and through the APIs: whether a
 * crossing was stored twice, an event of it caused twice, a timeline entry written twice or a notice
 * delivered twice; whether its driver's booking notice was written and handed over; what is
 * left in the outboxes; whether each service's audit chain is intact.
 */
final class PlatformLedger implements AutoCloseable {

    /** The services with a database (and so an outbox and an audit chain), by their database. */
    static final Map<String, String> DATABASES = Map.of(
            Apps.VEHICLE_QUEUE, "vehicle_queue", Apps.CLEARANCE, "clearance", Apps.CUSTOMS_ADAPTER, "customs_adapter");

    /** The notification service's database: notices and their deliveries, no outbox. */
    static final String NOTICES = "notification";

    private final Platform platform;
    private final Map<String, ConsumerTask<String, CloudEvent>> topics;

    PlatformLedger(Platform platform) {
        this.platform = platform;
        String bootstrap = platform.infra().kafkaBootstrap();
        this.topics = Topics.all().stream().collect(Collectors.toMap(Function.identity(), t -> CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(t)));
    }

    /** Why {@code c} counts as doubled; empty when nothing of it is there twice. */
    List<String> doubled(CrossingRun c) {
        List<String> why = new ArrayList<>();
        long bookings = c.booking == null ? 0 : count(Apps.VEHICLE_QUEUE,
                "select count(*) from booking where plate = (select plate from booking where code = ?)", c.booking);
        if (bookings > 1) {
            why.add(bookings + " bookings of " + c.plate);
        }
        if (c.booking != null) {
            long declarations = count(Apps.CLEARANCE, "select count(*) from declaration_booking where booking_code = ?", c.booking);
            if (declarations > 1) {
                why.add(declarations + " declarations on " + c.booking);
            }
            once(why, Topics.QUEUE_BOOKING, QueueEventType.CROSSING_BOOKED.type(), c.booking);
            once(why, Topics.QUEUE_BOOKING, QueueEventType.VEHICLE_EXITED.type(), c.booking);
            if (runsNotices()) {
                // one notice per event, recipient and kind is the table's key; one delivery per notice and channel is this
                long resent = count(Apps.NOTIFICATION, """
                        select count(*) from (select d.notice_id, d.channel from delivery d join notice n on n.id = d.notice_id
                        where n.subject = ? group by d.notice_id, d.channel having count(*) > 1) t""", c.booking);
                if (resent > 0) {
                    why.add(resent + " notices delivered twice on one channel");
                }
            }
        }
        if (c.declaration != null) {
            long handoffs = count(Apps.CUSTOMS_ADAPTER,
                    "select count(*) from handoff where declaration_id = ? and agency_system = 'VNACCS'", c.declaration);
            if (handoffs > 1) {
                why.add(handoffs + " VNACCS handoffs");
            }
            List<String> repeated = strings(Apps.CLEARANCE, """
                    select step || ' ' || coalesce(detail, '') || ' x' || count(*) from declaration_timeline
                    where declaration_id = ?::uuid group by step, detail having count(*) > 1""", c.declaration);
            if (!repeated.isEmpty()) {
                why.add(repeated.size() + " timeline entries twice " + repeated);
            }
            once(why, Topics.CUSTOMS_HANDOFF, CustomsEventType.CUSTOMS_RELEASED.type(), c.declaration);
            once(why, Topics.CLEARANCE_DECLARATION, ClearanceEventType.CONSIGNMENT_CLEARED.type(), c.declaration);
        }
        return why;
    }

    /** Why {@code c} counts as lost: accepted (it was given a code or an id) and then not found. */
    List<String> lost(CrossingRun c) {
        List<String> why = new ArrayList<>();
        if (c.booking != null && count(Apps.VEHICLE_QUEUE, "select count(*) from booking where code = ?", c.booking) == 0) {
            why.add("booking " + c.booking + " gone");
        }
        if (c.declaration != null && count(Apps.CLEARANCE, "select count(*) from declaration where id = ?::uuid", c.declaration) == 0) {
            why.add("declaration " + c.declaration + " gone");
        }
        if (c.booking != null && runsNotices()) {
            // booked minutes before the crossing ended: its driver's notice is written, and handed over or given up
            if (count(Apps.NOTIFICATION, "select count(*) from notice where subject = ? and kind = 'BOOKING_CONFIRMED'",
                    c.booking) == 0) {
                why.add("no notice of booking " + c.booking);
            } else if (count(Apps.NOTIFICATION, """
                    select count(*) from delivery d join notice n on n.id = d.notice_id
                    where n.subject = ? and n.kind = 'BOOKING_CONFIRMED' and d.status = 'PENDING'""", c.booking) > 0) {
                why.add("notice of booking " + c.booking + " never sent");
            }
        }
        return why;
    }

    private void once(List<String> why, String topic, String type, String subject) {
        Set<String> ids = new HashSet<>();
        for (CloudEvent e : CloudEventKafka.ofType(topics.get(topic), type)) {
            if (subject.equals(e.getSubject())) {
                ids.add(e.getId());
            }
        }
        if (ids.size() > 1) {
            why.add(type.substring(type.lastIndexOf('.') + 1) + " " + ids.size() + " times");
        }
    }

    /** Outbox rows not yet published, by service. */
    Map<String, Long> pendingOutbox() {
        Map<String, Long> pending = new LinkedHashMap<>();
        DATABASES.keySet().stream().sorted().forEach(app ->
                pending.put(app, count(app, "select count(*) from outbox_message where published_at is null")));
        return pending;
    }

    /** The services whose audit chain is not intact, with what they answered. */
    List<String> brokenAuditChains() {
        String supervisor = platform.token("supervisor-fm", "supervisor");
        List<String> broken = new ArrayList<>();
        for (String app : DATABASES.keySet()) {
            var response = given().auth().oauth2(supervisor).when().get(platform.url(app) + "/api/audit/verification");
            if (response.statusCode() != 200 || !Boolean.TRUE.equals(response.path("intact"))) {
                broken.add(app + ": HTTP " + response.statusCode() + " " + response.asString());
            }
        }
        return broken;
    }

    /** The records on the dead-letter topics so far. */
    static List<String> keys(ConsumerTask<String, byte[]> deadLetters) {
        return deadLetters.getRecords().stream().map(r -> r.key()).toList();
    }

    /** Whether the platform runs the notification service, whose notices are then counted too. */
    boolean runsNotices() {
        return platform.config().apps().stream().anyMatch(a -> a.name().equals(Apps.NOTIFICATION));
    }

    long count(String app, String sql, String parameter) {
        String database = app.equals(Apps.NOTIFICATION) ? NOTICES : DATABASES.get(app);
        try (Connection connection = DriverManager.getConnection(platform.infra().jdbcUrl(database),
                platform.infra().dbUser(), platform.infra().dbPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(app + ": " + sql, e);
        }
    }

    /** The first column of every row {@code sql} answers. */
    List<String> strings(String app, String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(platform.infra().jdbcUrl(DATABASES.get(app)),
                platform.infra().dbUser(), platform.infra().dbPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(app + ": " + sql, e);
        }
    }

    long count(String app, String sql) {
        return count(app, sql, null);
    }

    @Override
    public void close() {
        topics.values().forEach(ConsumerTask::close);
    }
}
