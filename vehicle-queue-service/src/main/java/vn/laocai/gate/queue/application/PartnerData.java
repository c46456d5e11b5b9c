package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.laocai.gate.queue.domain.CrossingFigures;
import vn.laocai.gate.queue.domain.SharedCrossings;
import vn.laocai.gate.queue.domain.SharedCrossings.SharedCrossing;
import vn.laocai.gate.support.opendata.DayTable;
import vn.laocai.gate.support.opendata.OpenDay;
import vn.laocai.gate.support.partner.PartnerPage;
import vn.laocai.gate.support.partner.PartnerReads;

import java.time.Clock;
import java.time.Instant;

/** What the queue shares: crossings with partner agencies, each read logged; the open dataset of a day. */
@ApplicationScoped
public class PartnerData {

    /** The partner API's path of crossings, as the read log names it. */
    public static final String CROSSINGS = "/api/partner/v1/crossings";

    private final SharedCrossings crossings;
    private final PartnerReads reads;
    private final Clock clock;

    public PartnerData(SharedCrossings crossings, PartnerReads reads, Clock clock) {
        this.crossings = crossings;
        this.reads = reads;
        this.clock = clock;
    }

    /** A page of the crossings whose slot starts in the range, read by {@code caller} and logged. */
    @Transactional
    public PartnerPage<SharedCrossing> crossings(JsonWebToken caller, String from, String until, int page, int size) {
        return reads.served(caller, CROSSINGS, from, until, page, size, crossings::slottedBetween);
    }

    /** The open dataset of the queue for {@code day} (yesterday when null). */
    @Transactional
    public DayTable crossingsOf(String day) {
        OpenDay open = OpenDay.of(day, Instant.now(clock));
        return new DayTable(open, CrossingFigures.of(open.day(), crossings.exitedBetween(open.start(), open.end())));
    }
}
