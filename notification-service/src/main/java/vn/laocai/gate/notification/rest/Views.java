package vn.laocai.gate.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.notification.application.Recipients;
import vn.laocai.gate.notification.domain.Delivery;
import vn.laocai.gate.notification.domain.Notice;
import vn.laocai.gate.notification.domain.NoticeKind;
import vn.laocai.gate.notification.domain.NoticeRepository;
import vn.laocai.gate.notification.domain.NoticeTexts;
import vn.laocai.gate.notification.domain.Preferences;
import vn.laocai.gate.support.privacy.PersonalData;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the API answers. One rule for personal data: a phone number or e-mail address is shown in full to its owner
 * alone (their preferences, the deliveries of their own notices) and masked ({@link PersonalData#mask}) to everyone
 * else, e.g. a supervisor reading {@code /api/notices}.
 */
public final class Views {

    private Views() {
    }

    @Schema(name = "NotificationPreferences")
    public record PreferencesView(String account, List<String> channels, String phone, String email, String language, boolean optOut,
                           @Schema(description = "Notices sent even to a person who opted out: the law requires them")
                           List<String> requiredNotices, Instant updatedAt) {

        static PreferencesView of(Preferences p) {
            return new PreferencesView(p.account(), p.channels().stream().map(Enum::name).sorted().toList(), p.phone(), p.email(),
                    p.language().code(), p.optedOut(),
                    lawRequired(), p.updatedAt());
        }

        static List<String> lawRequired() {
            return Arrays.stream(NoticeKind.values()).filter(NoticeKind::required).map(Enum::name).toList();
        }
    }

    @Schema(name = "Delivery")
    public record DeliveryView(String channel,
                        @Schema(description = "The phone or e-mail address: in full to the notice's recipient, else masked",
                                example = "+84*******78") String address, String status, int attempts, String lastError, String providerReference,
                        Integer segments, Instant sentAt, Instant deliveredAt, Instant nextAttemptAt) {

        static DeliveryView of(Delivery d, boolean owner) {
            return new DeliveryView(d.channel().name(), PersonalData.show(d.address(), owner), d.status().name(), d.attempts(), d.lastError(),
                    d.providerReference(), d.segments(), d.sentAt(), d.deliveredAt(), d.nextAttemptAt());
        }
    }

    @Schema(name = "Notice")
    public record NoticeView(String id, String recipient, String kind, String subject,
                             @Schema(description = "The language of title and text: the reader's (the request's Accept-Language) "
                                     + "when the notice can be said again in it, else the one it was sent in", example = "zh")
                             String language, String title, String text,
                             Instant createdAt, Instant readAt, List<DeliveryView> deliveries,
                             @Schema(description = "The notice as it was sent (SMS, e-mail, inbox at the time), kept for the record")
                             SentView sent) {

        /** The notice as {@code viewer} (an account) sees it, as sent: the addresses in full only when it is the recipient. */
        static NoticeView of(Notice n, String viewer) {
            return of(n, new Notice.Shown(n.language(), new NoticeTexts.Rendered(n.title(), n.body())), viewer);
        }

        /** The notice in the words it is shown in. */
        static NoticeView of(Recipients.Shown shown, String viewer) {
            return of(shown.notice(), shown.shown(), viewer);
        }

        private static NoticeView of(Notice n, Notice.Shown shown, String viewer) {
            boolean owner = n.recipient().equals(viewer);
            return new NoticeView(n.id().toString(), n.recipient(), n.kind().name(), n.subject(), shown.language().code(),
                    shown.text().title(), shown.text().text(), n.createdAt(), n.readAt(),
                    n.deliveries().stream().map(d -> DeliveryView.of(d, owner)).toList(),
                    new SentView(n.language().code(), n.title(), n.body()));
        }
    }

    @Schema(name = "SentNotice")
    public record SentView(@Schema(example = "vi") String language, String title, String text) {
    }

    @Schema(name = "Inbox")
    public record InboxView(@Schema(description = "Notices not read yet") long unread,
                     @Schema(description = "Newest first") List<NoticeView> notices) {
    }

    @Schema(name = "DeliveryFigures")
    public record FiguresView(@Schema(description = "The hours looked back") int hours,
                              @Schema(description = "Deliveries by channel and status; a pair with none is left out")
                              List<CountView> deliveries) {

        static FiguresView of(int hours, List<NoticeRepository.DeliveryCount> counts) {
            return new FiguresView(hours, counts.stream()
                    .map(c -> new CountView(c.channel().name(), c.status().name(), c.count())).toList());
        }
    }

    @Schema(name = "DeliveryCount")
    public record CountView(@Schema(example = "SMS") String channel, @Schema(example = "DELIVERED") String status,
                            @Schema(example = "42") long count) {
    }
}
