package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.domain.ExchangeRepository;

import java.time.Clock;
import java.time.Instant;

/** Writes the audit trail of exchanged messages, inside the transaction that records their outcome. */
@ApplicationScoped
public class ExchangeLog {

    private final ExchangeRepository exchanges;
    private final Clock clock;

    public ExchangeLog(ExchangeRepository exchanges, Clock clock) {
        this.exchanges = exchanges;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(AgencySystem system, Exchange.Kind kind, String correlationId, String subjectId,
                     String agencyReference, String payload, Instant at) {
        exchanges.add(Exchange.of(system, Exchange.Direction.OUT, kind, correlationId, subjectId, agencyReference,
                null, payload, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void received(AgencySystem system, Exchange.Kind kind, String correlationId, String subjectId,
                         String agencyReference, Integer httpStatus, String payload) {
        exchanges.add(Exchange.of(system, Exchange.Direction.IN, kind, correlationId, subjectId, agencyReference,
                httpStatus, payload, Instant.now(clock)));
    }
}
