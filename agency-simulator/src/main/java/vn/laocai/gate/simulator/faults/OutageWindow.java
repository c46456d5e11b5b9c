package vn.laocai.gate.simulator.faults;

import vn.laocai.gate.simulator.agency.AgencySystem;

import java.time.Duration;

/**
 * A scheduled outage: {@code SYSTEM@start+length}, times from the simulator's start, e.g.
 * {@code VNACCS@30s+20s} (customs down from 30 s to 50 s after start).
 */
public record OutageWindow(AgencySystem system, Duration start, Duration length) {

    public static OutageWindow parse(String text) {
        try {
            String[] systemAndTimes = text.strip().split("@");
            String[] times = systemAndTimes[1].split("\\+");
            return new OutageWindow(AgencySystem.valueOf(systemAndTimes[0].strip()), duration(times[0]),
                    duration(times[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Outage '" + text + "' is not SYSTEM@start+length such as VNACCS@30s+20s", e);
        }
    }

    private static Duration duration(String text) {
        String t = text.strip().toLowerCase();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }

    public boolean covers(AgencySystem system, Duration sinceStart) {
        return this.system == system && sinceStart.compareTo(start) >= 0 && sinceStart.compareTo(start.plus(length)) < 0;
    }
}
