package vn.laocai.gate.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.notification.domain.Delivery;
import vn.laocai.gate.notification.domain.Notice;
import vn.laocai.gate.notification.domain.NoticeKind;
import vn.laocai.gate.notification.domain.Preferences;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What the API answers. */
public final class Views {

    private Views() {
    }

    @Schema(name = "NotificationPreferences")
    public record PreferencesView(String account, List<String> channels, String phone, String email, String language, boolean optOut,
                           String driverDocument, List<String> taxCodes,
                           @Schema(description = "Notices sent even to a person who opted out: the law requires them")
                           List<String> requiredNotices, Instant updatedAt) {

        static PreferencesView of(Preferences p) {
            return new PreferencesView(p.account(), p.channels().stream().map(Enum::name).sorted().toList(), p.phone(), p.email(),
                    p.language().code(), p.optedOut(), p.driverDocument(), p.taxCodes().stream().sorted().toList(),
                    lawRequired(), p.updatedAt());
        }

        static List<String> lawRequired() {
            return Arrays.stream(NoticeKind.values()).filter(NoticeKind::required).map(Enum::name).toList();
        }
    }

    @Schema(name = "Delivery")
    public record DeliveryView(String channel, String address, String status, int attempts, String lastError, String providerReference,
                        Integer segments, Instant sentAt, Instant deliveredAt, Instant nextAttemptAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.channel().name(), d.address(), d.status().name(), d.attempts(), d.lastError(),
                    d.providerReference(), d.segments(), d.sentAt(), d.deliveredAt(), d.nextAttemptAt());
        }
    }

    @Schema(name = "Notice")
    public record NoticeView(String id, String recipient, String kind, String subject, String language, String title, String text,
                      Instant createdAt, Instant readAt, List<DeliveryView> deliveries) {

        static NoticeView of(Notice n) {
            return new NoticeView(n.id().toString(), n.recipient(), n.kind().name(), n.subject(), n.language().code(), n.title(),
                    n.body(), n.createdAt(), n.readAt(), n.deliveries().stream().map(DeliveryView::of).toList());
        }
    }

    @Schema(name = "Inbox")
    public record InboxView(@Schema(description = "Notices not read yet") long unread,
                     @Schema(description = "Newest first") List<NoticeView> notices) {
    }
}
