package vn.laocai.gate.queue.domain;

/** Why the gate closes: a public holiday, a flood, a suspension on the Chinese side, or something else. */
public enum ClosureReason { HOLIDAY, FLOOD, SUSPENSION_OTHER_SIDE, OTHER }
