package vn.laocai.gate.queue.application;

import vn.laocai.gate.queue.domain.Direction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a supervisor asks of a coming day: the changes to try, each optional, and how many
 * replications to run of each column.
 *
 * @param changes      what to try (null: nothing, the two columns then agree)
 * @param replications runs of each column, seeds 1..replications in both
 */
public record WhatIfQuestion(LocalDate day, Changes changes, int replications) {

    /**
     * The changes a supervisor tries; a null field keeps the day as planned.
     *
     * @param exportLanes           lanes open for exports (the service's {@code gate.queue.lanes.export})
     * @param importLanes           lanes open for imports
     * @param vehiclesPerLanePerDay design capacity of a lane, which sets the slot calendar's default hourly capacity
     * @param closure               a closure to declare over the day
     * @param hekouDailyLimit       exports the Chinese side (Hekou) accepts in the day
     */
    public record Changes(Integer exportLanes, Integer importLanes, Integer vehiclesPerLanePerDay, Closure closure, Integer hekouDailyLimit) {

        public static final Changes NONE = new Changes(null, null, null, null, null);
    }

    /**
     * A closure of the day in local time (Vietnam time); {@code until} 24:00 is given as null. Announced,
     * it is declared before the day and moves the bookings it hits; not announced, the trucks come and wait.
     */
    public record Closure(LocalTime from, LocalTime until, Set<Direction> directions, boolean announced) {

        double fromHour() {
            return from.toSecondOfDay() / 3600.0;
        }

        double untilHour() {
            return until == null ? 24 : until.toSecondOfDay() / 3600.0;
        }
    }
}
