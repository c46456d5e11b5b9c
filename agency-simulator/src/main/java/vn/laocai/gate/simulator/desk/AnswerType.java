package vn.laocai.gate.simulator.customs;

/** What an answer message tells the declarant's system. */
public enum AnswerType {
    CHANNEL_ASSIGNED, RELEASED
}
