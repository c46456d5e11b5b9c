package vn.laocai.gate.customs.domain;

import java.util.Collection;
import java.util.List;

/** The audit trail of messages exchanged with agency systems. */
public interface ExchangeRepository {

    void add(Exchange exchange);

    /** The exchanges about the subjects (a declaration id and its booking codes), oldest first. */
    List<Exchange> ofSubjects(Collection<String> subjectIds);
}
