package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import static vn.laocai.gate.support.partner.Rows.instant;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.DeclarationStatus;
import vn.laocai.gate.clearance.domain.Direction;
import vn.laocai.gate.clearance.domain.SharedConsignments;
import vn.laocai.gate.clearance.domain.StepState;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The shared fields of consignments in SQL: the declaration's row, its goods lines and its steps. */
@ApplicationScoped
public class JpaSharedConsignments implements SharedConsignments {

    private final EntityManager em;

    public JpaSharedConsignments(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SharedConsignment> submittedBetween(Instant from, Instant until, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, customs_declaration_number, direction, destination_country, status, submitted_at,
                               cleared_at, rejected_at, fee_amount_vnd
                        from declaration where submitted_at >= :from and submitted_at < :until
                        order by submitted_at, id offset :offset limit :limit""")
                .setParameter("from", from).setParameter("until", until)
                .setParameter("offset", offset).setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, List<SharedGoods>> goods = ((List<Object[]>) em.createNativeQuery("""
                        select declaration_id, hs_code, description, origin_country, net_weight_kg, gross_weight_kg
                        from declaration_goods_line where declaration_id in (:ids) order by declaration_id, line_number""")
                .setParameter("ids", ids).getResultList()).stream()
                .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> new SharedGoods((String) r[1],
                        (String) r[2], (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5]), Collectors.toList())));
        Map<UUID, List<SharedStep>> steps = ((List<Object[]>) em.createNativeQuery("""
                        select declaration_id, step, state, completed_at
                        from clearance_step where declaration_id in (:ids) order by declaration_id, position""")
                .setParameter("ids", ids).getResultList()).stream()
                .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> new SharedStep(
                        ClearanceStep.valueOf((String) r[1]), StepState.valueOf((String) r[2]), instant(r[3])), Collectors.toList())));
        return rows.stream().map(r -> {
            UUID id = (UUID) r[0];
            return new SharedConsignment(id, (String) r[1], Direction.valueOf((String) r[2]), (String) r[3],
                    DeclarationStatus.valueOf((String) r[4]), instant(r[5]), instant(r[6]), instant(r[7]),
                    ((Number) r[8]).longValue(), goods.getOrDefault(id, List.of()), steps.getOrDefault(id, List.of()));
        }).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ClearedLine> clearedBetween(Instant from, Instant until) {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.direction, d.submitted_at, d.cleared_at, g.line_number, g.hs_code, g.gross_weight_kg
                        from declaration d join declaration_goods_line g on g.declaration_id = d.id
                        where d.cleared_at >= :from and d.cleared_at < :until""")
                .setParameter("from", from).setParameter("until", until)
                .getResultList();
        return rows.stream().map(r -> new ClearedLine((UUID) r[0], Direction.valueOf((String) r[1]), instant(r[2]),
                instant(r[3]), ((Number) r[4]).intValue(), (String) r[5], (BigDecimal) r[6])).toList();
    }
}
