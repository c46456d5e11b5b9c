package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.customs.domain.BookingRepository;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.domain.ExchangeRepository;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;

import java.util.ArrayList;
import java.util.List;

/** What people ask about handoffs and exchanges of a consignment: its declaration and the vehicles carrying it. */
@ApplicationScoped
public class HandoffQueries {

    private final HandoffRepository handoffs;
    private final BookingRepository bookings;
    private final ExchangeRepository exchanges;

    public HandoffQueries(HandoffRepository handoffs, BookingRepository bookings, ExchangeRepository exchanges) {
        this.handoffs = handoffs;
        this.bookings = bookings;
        this.exchanges = exchanges;
    }

    @Transactional
    public List<Handoff> ofDeclaration(String declarationId) {
        return handoffs.ofSubjects(subjects(declarationId));
    }

    @Transactional
    public List<Exchange> exchangesOf(String declarationId) {
        return exchanges.ofSubjects(subjects(declarationId));
    }

    private List<String> subjects(String declarationId) {
        List<String> subjects = new ArrayList<>(bookings.ofDeclaration(declarationId));
        subjects.add(declarationId);
        return subjects;
    }
}
