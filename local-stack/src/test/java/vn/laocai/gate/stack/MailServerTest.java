package vn.laocai.gate.stack;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.infra.FreePorts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The local stack's mail server takes what is sent to it and gives it back: to the platform, over IMAP and in its journal. */
class MailServerTest {

    @Test
    void a_mail_sent_over_smtp_is_listed_read_over_imap_and_written_to_the_journal(@TempDir Path logs) throws Exception {
        int smtp = FreePorts.next();
        int imap = FreePorts.next();
        Path journal = logs.resolve("mail.log");
        try (MailServer server = MailServer.start(smtp, imap, journal)) {
            GreenMailUtil.sendTextEmail("lan@nongsanlaocai.vn", "no-reply@gate.laocai.vn", "Lô hàng 305123456789 đã thông quan",
                    "Lô hàng 305123456789 đã được thông quan.", new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            assertThat(server.awaitReceived(1, java.time.Duration.ofSeconds(30))).isTrue();

            assertThat(server.receivedBy("lan@nongsanlaocai.vn")).singleElement().satisfies(m -> {
                assertThat(m.subject()).isEqualTo("Lô hàng 305123456789 đã thông quan");
                assertThat(m.text()).isEqualTo("Lô hàng 305123456789 đã được thông quan.");
            });
            assertThat(server.receivedBy("someone@else.vn")).isEmpty();

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imap, "lan@nongsanlaocai.vn", "lan@nongsanlaocai.vn");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            assertThat(inbox.getMessage(1).getSubject()).isEqualTo("Lô hàng 305123456789 đã thông quan");
            store.close();
        }
        assertThat(Files.readString(journal)).contains("to lan@nongsanlaocai.vn", "subject: Lô hàng 305123456789 đã thông quan",
                "    Lô hàng 305123456789 đã được thông quan.");
    }

    /** GreenMail lists its mails mailbox by mailbox: a mail to an earlier mailbox must not push another out of the journal. */
    @Test
    void mails_to_several_people_as_they_come_are_each_in_the_journal_once(@TempDir Path logs) throws Exception {
        int smtp = FreePorts.next();
        Path journal = logs.resolve("mail.log");
        ServerSetup setup = new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        List<String[]> sent = List.of(new String[] {"an@example.vn", "Đặt lịch KT2-AAAAAA"}, new String[] {"lan@nongsanlaocai.vn", "Fee due"},
                new String[] {"an@example.vn", "Xe 24C-468.02 được gọi"}, new String[] {"ming@hekou-trade.cn", "货物已通关"},
                new String[] {"lan@nongsanlaocai.vn", "Consignment cleared"}, new String[] {"an@example.vn", "Xe 24C-468.02 được thông quan"});
        try (MailServer server = MailServer.start(smtp, FreePorts.next(), journal)) {
            for (int i = 0; i < sent.size(); i++) {
                GreenMailUtil.sendTextEmail(sent.get(i)[0], "no-reply@gate.laocai.vn", sent.get(i)[1], "text " + i, setup);
                assertThat(server.awaitReceived(i + 1, java.time.Duration.ofSeconds(30))).isTrue();
                server.writeJournal();
            }
            assertThat(server.received()).extracting(MailServer.Mail::subject)
                    .containsExactlyInAnyOrderElementsOf(sent.stream().map(m -> m[1]).toList());
        }
        List<String> subjects = Files.readAllLines(journal).stream().filter(l -> l.contains("  subject: ")).toList();
        assertThat(subjects).hasSize(sent.size());
        for (String[] m : sent) {
            assertThat(subjects).as(m[1]).filteredOn(l -> l.endsWith("to " + m[0] + "  subject: " + m[1])).hasSize(1);
        }
    }
}
