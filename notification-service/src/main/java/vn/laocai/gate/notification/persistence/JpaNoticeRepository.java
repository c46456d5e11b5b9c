package vn.laocai.gate.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.laocai.gate.notification.domain.Channel;
import vn.laocai.gate.notification.domain.Delivery;
import vn.laocai.gate.notification.domain.DeliveryStatus;
import vn.laocai.gate.notification.domain.Notice;
import vn.laocai.gate.notification.domain.NoticeRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    private final EntityManager em;

    public JpaNoticeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean addIfAbsent(Notice notice) {
        Long existing = em.createQuery("select count(n) from Notice n where n.sourceEventId = :e and n.recipient = :r and n.kind = :k",
                        Long.class)
                .setParameter("e", notice.sourceEventId())
                .setParameter("r", notice.recipient())
                .setParameter("k", notice.kind())
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(notice);
        return true;
    }

    @Override
    public Optional<Notice> find(UUID id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Override
    public List<Notice> inbox(java.util.Collection<String> recipients, int limit) {
        return em.createQuery("from Notice n where n.recipient in :r order by n.createdAt desc, n.id", Notice.class)
                .setParameter("r", recipients)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unread(java.util.Collection<String> recipients) {
        return em.createQuery("select count(n) from Notice n where n.recipient in :r and n.readAt is null", Long.class)
                .setParameter("r", recipients)
                .getSingleResult();
    }

    @Override
    public List<Notice> search(String recipient, DeliveryStatus status, int limit) {
        StringBuilder jpql = new StringBuilder("select n from Notice n where 1 = 1");
        if (recipient != null) {
            jpql.append(" and n.recipient = :r");
        }
        if (status != null) {
            jpql.append(" and exists (select d from Delivery d where d.notice = n and d.status = :s)");
        }
        jpql.append(" order by n.createdAt desc, n.id");
        TypedQuery<Notice> query = em.createQuery(jpql.toString(), Notice.class).setMaxResults(limit);
        if (recipient != null) {
            query.setParameter("r", recipient);
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultList();
    }

    @Override
    public List<DeliveryCount> deliveryCounts(Instant since) {
        List<Object[]> rows = em.createQuery("""
                        select d.channel, d.status, count(d) from Delivery d where d.notice.createdAt >= :since
                        group by d.channel, d.status order by d.channel, d.status""", Object[].class)
                .setParameter("since", since)
                .getResultList();
        return rows.stream().map(r -> new DeliveryCount((Channel) r[0], (DeliveryStatus) r[1], (Long) r[2])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> dueDeliveries(Instant now, int limit) {
        return em.createNativeQuery("""
                        select id from delivery where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at limit :limit""", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Delivery> lockDelivery(UUID id) {
        List<Delivery> rows = em.createNativeQuery("select * from delivery where id = :id for update skip locked", Delivery.class)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst();
    }

    @Override
    public List<UUID> awaitingReceipt(Instant after, Instant before, int limit) {
        return em.createQuery("""
                        select d.id from Delivery d where d.channel = :c and d.status = :s and d.providerReference is not null
                        and d.sentAt >= :after and d.sentAt <= :before order by d.sentAt""", UUID.class)
                .setParameter("c", Channel.SMS)
                .setParameter("s", DeliveryStatus.SENT)
                .setParameter("after", after)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Delivery> deliveryByReference(Channel channel, String providerReference) {
        return em.createQuery("from Delivery d where d.channel = :c and d.providerReference = :ref", Delivery.class)
                .setParameter("c", channel)
                .setParameter("ref", providerReference)
                .getResultStream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> eraseNoticesBefore(Instant before, String erased, int limit) {
        em.flush();
        List<UUID> due = em.createNativeQuery("""
                select n.id from notice n where n.created_at < :before and n.body <> :erased
                  and not exists (select 1 from delivery d where d.notice_id = n.id and d.status = 'PENDING')
                order by n.created_at limit :limit for update skip locked""", UUID.class)
                .setParameter("before", before).setParameter("erased", erased).setParameter("limit", limit).getResultList();
        if (!due.isEmpty()) {
            em.createNativeQuery("update notice set title = :erased, body = :erased, parameters = null where id in (:ids)")
                    .setParameter("erased", erased).setParameter("ids", due).executeUpdate();
            em.createNativeQuery("update delivery set address = :erased where notice_id in (:ids) and address is not null")
                    .setParameter("erased", erased).setParameter("ids", due).executeUpdate();
            em.clear();
        }
        return due;
    }

    @Override
    public boolean tryLock(long key) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)").setParameter("key", key).getSingleResult();
    }
}
