package vn.laocai.gate.notification.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.notification.config.NotificationConfig;
import vn.laocai.gate.notification.domain.Delivery;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.notification.domain.Notice;
import vn.laocai.gate.notification.domain.NoticeRepository;
import vn.laocai.gate.notification.domain.RetryPolicy;
import vn.laocai.gate.notification.domain.SmsText;
import vn.laocai.gate.support.tx.WakeUps;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Attempts the deliveries that are due: the SMS through the {@link SmsGateway}, the e-mail through the
 * {@link MailSender}. Each attempt is first recorded in a transaction of its own (counted, and due again after
 * the {@link RetryPolicy}'s wait should nothing follow), then sent and its outcome recorded in a second one
 * holding the delivery's row (another instance skips it). A failed attempt, or one whose outcome never
 * committed (the service was killed after the mail server or gateway took the message), is due again once
 * its lease ran out (longer than a send may take, so that a slow send is not started twice), and sent under the same reference: the e-mail's {@code Message-ID} and the SMS's
 * {@code clientRef} (the delivery's id), so that the gateway, which keeps one message per client reference,
 * and a mail store that keeps one per {@code Message-ID}, hold it once. Runs when a notice was written and
 * every second besides (due retries, and whatever a restart left pending).
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final NoticeRepository notices;
    private final SmsGateway sms;
    private final MailSender mail;
    private final RetryPolicy policy;
    private final NotificationConfig config;
    private final Clock clock;
    private final WakeUps wakeUps;

    public Deliveries(NoticeRepository notices, SmsGateway sms, MailSender mail, NotificationConfig config, Clock clock) {
        this.notices = notices;
        this.sms = sms;
        this.mail = mail;
        this.config = config;
        this.policy = new RetryPolicy(config.delivery().maxAttempts(), config.delivery().initialBackoff(),
                config.delivery().maxBackoff(), config.delivery().attemptLease());
        this.clock = clock;
        this.wakeUps = new WakeUps("notification-deliveries", this::attemptDue);
    }

    /** Asks for the due deliveries to be attempted soon, on a thread of their own. */
    public void wakeUp() {
        wakeUps.wakeUp();
    }

    @Scheduled(every = "${gate.notification.delivery.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        attemptDue();
    }

    /** Attempts every delivery due now; answers how many were attempted. */
    public int attemptDue() {
        int attempted = 0;
        int round;
        List<UUID> due;
        do {
            round = 0;
            Instant now = Instant.now(clock);
            due = QuarkusTransaction.requiringNew().call(() -> notices.dueDeliveries(now, config.delivery().batchSize()));
            for (UUID id : due) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> attempt(id))) {
                        round++;
                    }
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Delivery %s could not be attempted now", id);
                }
            }
            attempted += round;
            // a full batch may hide more due deliveries; a round that attempted none (another instance holds them) ends it
        } while (due.size() == config.delivery().batchSize() && round > 0);
        return attempted;
    }

    private boolean attempt(UUID id) {
        int started = QuarkusTransaction.requiringNew().call(() -> notices.lockDelivery(id)
                .map(d -> d.attemptStarted(policy, Instant.now(clock))).orElse(0));
        if (started == 0) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> notices.lockDelivery(id).filter(d -> d.inAttempt(started)).ifPresent(this::send));
        return true;
    }

    private void send(Delivery delivery) {
        Instant now = Instant.now(clock);
        Notice notice = delivery.notice();
        switch (delivery.channel()) {
            case SMS -> sendSms(delivery, notice, now);
            case EMAIL -> sendMail(delivery, notice, now);
            case INBOX -> delivery.sent(null, null, now);
        }
    }

    private void sendSms(Delivery delivery, Notice notice, Instant now) {
        SmsText text = smsText(notice);
        try {
            SmsGateway.Accepted accepted = sms.send(delivery.address(), text.text(), text.encoding().name(), delivery.reference());
            delivery.sent(accepted.messageId(), accepted.segments(), now);
        } catch (SmsGateway.GatewayException e) {
            delivery.attemptFailed(e.getMessage(), e.permanent(), policy, now);
            LOG.infof("SMS %s attempt %d failed: %s", delivery.id(), delivery.attempts(), e.getMessage());
        }
    }

    private void sendMail(Delivery delivery, Notice notice, Instant now) {
        try {
            mail.send(delivery.reference(), delivery.address(), notice.title(), notice.body());
            delivery.sent(null, null, now);
        } catch (RuntimeException e) {
            delivery.attemptFailed(e.getMessage(), false, policy, now);
            LOG.infof("E-mail %s attempt %d failed: %s", delivery.id(), delivery.attempts(), e.getMessage());
        }
    }

    /** The SMS of a notice: its text, without diacritics for Vietnamese when the gateway needs GSM-7. */
    SmsText smsText(Notice notice) {
        String text = notice.language() == Language.VI && config.sms().asciiVi()
                ? SmsText.withoutDiacritics(notice.body()) : notice.body();
        return SmsText.of(text);
    }

    @Scheduled(every = "${gate.notification.delivery.receipt-poll-interval:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReceipts() {
        pollReceipts();
    }

    /**
     * Asks the gateway for the receipts of the SMS sent a while ago that no pushed receipt completed
     * ({@code receipt-wait} to {@code receipt-max-age} after sending); answers how many it completed.
     */
    public int pollReceipts() {
        Instant now = Instant.now(clock);
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> notices.awaitingReceipt(
                now.minus(config.delivery().receiptMaxAge()), now.minus(config.delivery().receiptWait()), config.delivery().batchSize()));
        int completed = 0;
        for (UUID id : waiting) {
            try {
                String reference = QuarkusTransaction.requiringNew().call(() -> notices.lockDelivery(id)
                        .map(Delivery::providerReference).orElse(null));
                if (reference == null) {
                    continue;
                }
                java.util.Optional<SmsGateway.Receipt> receipt = sms.receipt(reference);
                if (receipt.isPresent() && receipt(reference, receipt.get().delivered(), receipt.get().reason())) {
                    completed++;
                }
            } catch (RuntimeException e) {
                LOG.infof("Receipt of SMS delivery %s not available now: %s", id, e.getMessage());
            }
        }
        return completed;
    }

    /** The gateway's receipt for the message it numbered {@code messageId}; answers whether a delivery was found. */
    @Transactional
    public boolean receipt(String messageId, boolean delivered, String reason) {
        return notices.deliveryByReference(vn.laocai.gate.notification.domain.Channel.SMS, messageId)
                .map(d -> {
                    d.receipt(delivered, reason, Instant.now(clock));
                    return true;
                }).orElse(false);
    }

    @PreDestroy
    void stop() {
        wakeUps.close();
    }
}
