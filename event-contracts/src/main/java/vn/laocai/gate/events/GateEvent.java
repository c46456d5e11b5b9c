package vn.laocai.gate.events;

/**
 * A fact published on Kafka. The aggregate id becomes the record key so that the events
 * of one booking or one declaration keep their order on one partition.
 */
public interface GateEvent {

    String aggregateId();
}
