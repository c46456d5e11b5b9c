package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.TraceabilityLink;
import vn.laocai.gate.clearance.domain.TraceabilityLinkRepository;
import vn.laocai.gate.support.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Share links of traceability records: made and revoked (audited), and opened by their token without a login. */
@ApplicationScoped
public class TraceabilityLinks {

    private final TraceabilityLinkRepository links;
    private final DeclarationRepository declarations;
    private final TraceabilityRecords records;
    private final CaseAudit audit;
    private final ClearanceConfig config;
    private final Clock clock;

    public TraceabilityLinks(TraceabilityLinkRepository links, DeclarationRepository declarations, TraceabilityRecords records,
                             CaseAudit audit, ClearanceConfig config, Clock clock) {
        this.links = links;
        this.declarations = declarations;
        this.records = records;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** A new link of the declaration's record, valid for the configured time; its token is known only to the link returned. */
    @Transactional
    public TraceabilityLink create(Declaration declaration, String by) {
        TraceabilityLink link = TraceabilityLink.create(declaration.id(), by, config.traceability().linkValidity(), Instant.now(clock));
        links.add(link);
        audit.traceabilityShared(link);
        return link;
    }

    /** The absolute address a link's token opens (what a QR code carries). */
    public String url(String token) {
        String base = config.traceability().publicUrl();
        return (base.endsWith("/") ? base : base + "/") + token;
    }

    @Transactional
    public List<TraceabilityLink> of(UUID declarationId) {
        return links.ofDeclaration(declarationId);
    }

    @Transactional
    public TraceabilityLink find(UUID declarationId, UUID linkId) {
        return links.find(linkId).filter(l -> l.declarationId().equals(declarationId))
                .orElseThrow(() -> new NotFoundException("Traceability link", linkId.toString()));
    }

    /** Revokes a link of the declaration (404 for another declaration's); audited the first time. */
    @Transactional
    public TraceabilityLink revoke(UUID declarationId, UUID linkId, String by) {
        TraceabilityLink link = find(declarationId, linkId);
        if (link.revoke(by, Instant.now(clock))) {
            audit.traceabilityRevoked(link);
        }
        return link;
    }

    /** What a token opens: the link (refused or not) and, when it opens, the redacted record; 404 for a token never given. */
    @Transactional
    public Opened open(String token) {
        TraceabilityLink link = links.byTokenHash(TraceabilityLink.hash(token))
                .orElseThrow(() -> new NotFoundException("Traceability link", "(token)"));
        TraceabilityLink.Refusal refusal = link.refusalAt(Instant.now(clock));
        if (refusal != null) {
            return new Opened(link, refusal, null);
        }
        Declaration declaration = declarations.find(link.declarationId())
                .orElseThrow(() -> new NotFoundException("Traceability link", "(token)"));
        return new Opened(link, null, records.of(declaration).redacted());
    }

    /** A token opened: the record when it opens, else why not. */
    public record Opened(TraceabilityLink link, TraceabilityLink.Refusal refusal, TraceabilityRecord record) {
    }
}
