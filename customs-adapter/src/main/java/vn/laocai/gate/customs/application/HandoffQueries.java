package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.Handoffs;

import java.util.List;

/** What people ask about handoffs: which are pending, failing or answered. */
@ApplicationScoped
public class HandoffQueries {

    private final Handoffs handoffs;

    public HandoffQueries(Handoffs handoffs) {
        this.handoffs = handoffs;
    }

    @Transactional
    public List<Handoff> ofDeclaration(String declarationId) {
        return handoffs.ofDeclaration(declarationId);
    }
}
