package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.ReleaseNote;
import vn.laocai.gate.clearance.domain.ReleaseNoteRepository;

import java.util.Optional;
import java.util.UUID;

/** Release notes in PostgreSQL through JPA; their numbers from the sequence {@code release_note_number}. */
@ApplicationScoped
public class JpaReleaseNoteRepository implements ReleaseNoteRepository {

    private final EntityManager em;

    public JpaReleaseNoteRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ReleaseNote note) {
        em.persist(note);
        em.flush();
    }

    @Override
    public Optional<ReleaseNote> ofDeclaration(UUID declarationId) {
        return em.createQuery("from ReleaseNote where declarationId = :d", ReleaseNote.class)
                .setParameter("d", declarationId).getResultStream().findFirst();
    }

    @Override
    public Optional<ReleaseNote> byNumber(String number) {
        return em.createQuery("from ReleaseNote where number = :n", ReleaseNote.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public long nextSequence() {
        return ((Number) em.createNativeQuery("select nextval('release_note_number')").getSingleResult()).longValue();
    }
}
