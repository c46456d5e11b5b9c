package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.DocumentContentStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Uploaded documents' bytes in PostgreSQL ({@code bytea}), apart from the declaration rows. */
@ApplicationScoped
public class JpaDocumentContentStore implements DocumentContentStore {

    private final EntityManager em;

    public JpaDocumentContentStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(UUID documentId, byte[] content) {
        em.createNativeQuery("insert into document_content (document_id, content) values (:id, :content)")
                .setParameter("id", documentId)
                .setParameter("content", content)
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> load(UUID documentId) {
        @SuppressWarnings("unchecked")
        List<byte[]> found = em.createNativeQuery("select content from document_content where document_id = :id")
                .setParameter("id", documentId)
                .getResultList();
        return found.stream().findFirst();
    }
}
