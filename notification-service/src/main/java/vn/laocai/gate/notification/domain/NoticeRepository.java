package vn.laocai.gate.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notices and their deliveries. */
public interface NoticeRepository {

    /** Adds the notice unless one of the same event, recipient and kind exists; answers whether it was added. */
    boolean addIfAbsent(Notice notice);

    Optional<Notice> find(UUID id);

    /** The notices of any of these recipients, newest first. */
    List<Notice> inbox(java.util.Collection<String> recipients, int limit);

    long unread(java.util.Collection<String> recipients);

    /** Notices for supervisors: by recipient and by the status of a delivery, newest first. */
    List<Notice> search(String recipient, DeliveryStatus status, int limit);

    /** How many deliveries of notices written since {@code since} stand in each channel and status. */
    List<DeliveryCount> deliveryCounts(Instant since);

    /** One line of the delivery figures. */
    record DeliveryCount(Channel channel, DeliveryStatus status, long count) {
    }

    /** Ids of deliveries due now, oldest first, at most {@code limit}. */
    List<UUID> dueDeliveries(Instant now, int limit);

    /** The delivery, locked for this transaction, skipped (empty) when another instance holds it. */
    Optional<Delivery> lockDelivery(UUID id);

    /** SMS deliveries SENT between {@code after} and {@code before} and still waiting for their receipt, oldest first. */
    List<UUID> awaitingReceipt(Instant after, Instant before, int limit);

    Optional<Delivery> deliveryByReference(Channel channel, String providerReference);

    /**
     * Overwrites with {@code erased} the title, text and delivery addresses of at most {@code limit} notices written
     * before {@code before}, not erased yet and with no delivery still pending; answers their ids.
     */
    List<UUID> eraseNoticesBefore(Instant before, String erased, int limit);

    /** Whether no other instance runs the same job now: a transaction-scoped advisory lock. */
    boolean tryLock(long key);
}
