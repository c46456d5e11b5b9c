package vn.laocai.gate.notification.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.laocai.gate.notification.application.MailSender;
import vn.laocai.gate.notification.application.SmsGateway;
import vn.laocai.gate.notification.email.MailerMailSender;
import vn.laocai.gate.notification.sms.HttpSmsGateway;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook standing in for a kill between the send and the commit: the real mailer or SMS gateway client sends,
 * the mail server or gateway takes the message, and then the transaction that would record it fails to commit, for
 * the next sends to an address told so ({@link #after}). Every other send is the real one, unchanged.
 */
public final class KilledBeforeCommit {

    private static final Map<String, AtomicInteger> SENDS = new ConcurrentHashMap<>();

    private KilledBeforeCommit() {
    }

    /** The next {@code sends} sends to {@code address} (an e-mail address or a phone) are not recorded. */
    public static void after(String address, int sends) {
        SENDS.put(address, new AtomicInteger(sends));
    }

    static void failCommitIfTold(TransactionSynchronizationRegistry transactions, String address) {
        AtomicInteger left = SENDS.get(address);
        if (left != null && left.getAndDecrement() > 0) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    throw new IllegalStateException("killed after sending to " + address + ", before the commit");
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
    }

    /** The mailer, then the hook. */
    @Alternative
    @Priority(1)
    @ApplicationScoped
    public static class Mail implements MailSender {

        private final MailerMailSender real;
        private final TransactionSynchronizationRegistry transactions;

        Mail(MailerMailSender real, TransactionSynchronizationRegistry transactions) {
            this.real = real;
            this.transactions = transactions;
        }

        @Override
        public void send(String reference, String to, String subject, String text) {
            real.send(reference, to, subject, text);
            failCommitIfTold(transactions, to);
        }
    }

    /** The SMS gateway client, then the hook. */
    @Alternative
    @Priority(1)
    @ApplicationScoped
    public static class Sms implements SmsGateway {

        private final HttpSmsGateway real;
        private final TransactionSynchronizationRegistry transactions;

        Sms(HttpSmsGateway real, TransactionSynchronizationRegistry transactions) {
            this.real = real;
            this.transactions = transactions;
        }

        @Override
        public Accepted send(String to, String text, String encoding, String clientRef) {
            Accepted accepted = real.send(to, text, encoding, clientRef);
            failCommitIfTold(transactions, to);
            return accepted;
        }

        @Override
        public Optional<Receipt> receipt(String messageId) {
            return real.receipt(messageId);
        }
    }
}
