package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.laocai.gate.clearance.domain.ClearanceFigures;
import vn.laocai.gate.clearance.domain.SharedConsignments;
import vn.laocai.gate.clearance.domain.SharedConsignments.SharedConsignment;
import vn.laocai.gate.support.opendata.OpenDay;
import vn.laocai.gate.support.opendata.DayTable;
import vn.laocai.gate.support.partner.PartnerPage;
import vn.laocai.gate.support.partner.PartnerReads;

import java.time.Clock;
import java.time.Instant;

/** What clearance shares: consignments with partner agencies, each read logged; the open dataset of a day. */
@ApplicationScoped
public class PartnerData {

    /** The partner API's path of consignments, as the read log names it. */
    public static final String CONSIGNMENTS = "/api/partner/v1/consignments";

    private final SharedConsignments consignments;
    private final PartnerReads reads;
    private final Clock clock;

    public PartnerData(SharedConsignments consignments, PartnerReads reads, Clock clock) {
        this.consignments = consignments;
        this.reads = reads;
        this.clock = clock;
    }

    /** A page of the consignments submitted in the range, read by {@code caller} and logged. */
    @Transactional
    public PartnerPage<SharedConsignment> consignments(JsonWebToken caller, String from, String until, int page, int size) {
        return reads.served(caller, CONSIGNMENTS, from, until, page, size, consignments::submittedBetween);
    }

    /** The open dataset of clearance for {@code day} (yesterday when null). */
    @Transactional
    public DayTable clearances(String day) {
        OpenDay open = OpenDay.of(day, Instant.now(clock));
        return new DayTable(open, ClearanceFigures.of(open.day(), consignments.clearedBetween(open.start(), open.end())));
    }
}
