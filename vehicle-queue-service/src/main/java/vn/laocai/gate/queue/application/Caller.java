package vn.laocai.gate.queue.application;

/** Who asks: the account name, and whether it acts as an officer (sees and may change every booking). */
public record Caller(String account, boolean officer) {
}
