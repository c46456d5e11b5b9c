package vn.laocai.gate.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The local stack's mail server: GreenMail with SMTP and IMAP on {@code 127.0.0.1}. notification-service sends its
 * e-mail here; every mail is kept in memory for as long as the launcher runs, readable over IMAP (the recipient's
 * address as user and password) and from {@link #received()}, and written as it comes to {@code logs/mail.log}
 * ({@code ./gate mail}), which outlives the launcher.
 */
public final class MailServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailServer.class);
    private static final String HOST = "127.0.0.1";

    /** One e-mail as received: the recipients, the subject and the text, decoded. */
    public record Mail(Instant receivedAt, List<String> to, String subject, String text) {
    }

    private final GreenMail greenMail;
    private final Path journal;
    private final ScheduledExecutorService writer;
    /** The mails already in the journal, by {@link #key}: GreenMail lists its mails mailbox by mailbox, not as they came. */
    private final Set<String> journaled = new HashSet<>();

    private MailServer(GreenMail greenMail, Path journal) {
        this.greenMail = greenMail;
        this.journal = journal;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-journal");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts SMTP on {@code smtpPort} and IMAP on {@code imapPort}, writing each mail received to {@code journal}. */
    public static MailServer start(int smtpPort, int imapPort, Path journal) {
        LOG.info("Starting the SMTP server (GreenMail) on port {}", smtpPort);
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        MailServer server = new MailServer(greenMail, journal);
        server.writer.scheduleWithFixedDelay(server::writeJournal, 1, 1, TimeUnit.SECONDS);
        LOG.info("SMTP server (GreenMail) ready: SMTP on {}:{}, IMAP on {}:{}, mails written to {}", HOST, smtpPort, HOST, imapPort, journal);
        return server;
    }

    /** Every mail received since the launcher started, oldest first, once (a mail to two addresses is kept in two mailboxes). */
    public List<Mail> received() {
        return receivedByKey().values().stream().sorted(Comparator.comparing(Mail::receivedAt)).toList();
    }

    /** GreenMail's mails, each once, by {@link #key}; in GreenMail's order, which groups them by mailbox. */
    private Map<String, Mail> receivedByKey() {
        Map<String, Mail> mails = new LinkedHashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            mails.putIfAbsent(key(m), mail(m));
        }
        return mails;
    }

    /** A mail's Message-ID (the same in every mailbox it went to), or what it says when it has none. */
    private static String key(MimeMessage m) {
        try {
            String id = m.getMessageID();
            if (id != null && !id.isBlank()) {
                return id;
            }
            Mail mail = mail(m);
            return mail.receivedAt() + "|" + mail.to() + "|" + mail.subject() + "|" + mail.text();
        } catch (MessagingException e) {
            throw new IllegalStateException("An unreadable mail: " + e.getMessage(), e);
        }
    }

    /** Waits until {@code count} mails in all were received, at most {@code timeout}; answers whether they were. */
    public boolean awaitReceived(int count, java.time.Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** The mails received for {@code address}, oldest first. */
    public List<Mail> receivedBy(String address) {
        return received().stream().filter(m -> m.to().stream().anyMatch(to -> to.equalsIgnoreCase(address))).toList();
    }

    private static Mail mail(MimeMessage m) {
        try {
            Address[] recipients = m.getAllRecipients();
            List<String> to = recipients == null ? List.of()
                    : Arrays.stream(recipients).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
            Instant at = m.getSentDate() == null ? Instant.now() : m.getSentDate().toInstant();
            String subject = m.getSubject() == null ? "" : MimeUtility.decodeText(m.getSubject());
            return new Mail(at, to, subject, text(m));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("An unreadable mail: " + e.getMessage(), e);
        }
    }

    private static String text(MimeMessage m) throws MessagingException, IOException {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s.strip();
        }
        return GreenMailUtil.getBody(m).strip();
    }

    /** Appends the mails received since the last call to the journal, oldest first. */
    synchronized void writeJournal() {
        try {
            Map<String, Mail> all = receivedByKey();
            all.keySet().removeAll(journaled);
            if (all.isEmpty()) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            for (Mail mail : all.values().stream().sorted(Comparator.comparing(Mail::receivedAt)).toList()) {
                sb.append(mail.receivedAt()).append("  to ").append(String.join(", ", mail.to()))
                        .append("  subject: ").append(mail.subject()).append('\n');
                sb.append(mail.text().lines().map(l -> "    " + l).collect(Collectors.joining("\n"))).append("\n\n");
            }
            Files.createDirectories(journal.getParent());
            Files.writeString(journal, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            journaled.addAll(all.keySet());
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", journal, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Could not journal a mail: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
        writeJournal();
        greenMail.stop();
    }
}
