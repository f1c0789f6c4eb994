package org.tacitus.store;

import java.time.LocalDate;

/**
 * The events between two actors in one period.
 *
 * @param period first day of the period (the Monday of an ISO week, the 1st of a month)
 * @param verbalCooperation events of CAMEO roots 01-05 (QuadClass 1)
 * @param materialCooperation roots 06-09 (QuadClass 2)
 * @param verbalConflict roots 10-14 (QuadClass 3)
 * @param materialConflict roots 15-20 (QuadClass 4)
 * @param events all events of the period
 * @param goldsteinSum sum of the events' Goldstein scores
 * @param goldsteinMean mean Goldstein score
 */
public record DyadPeriod(LocalDate period, long verbalCooperation, long materialCooperation, long verbalConflict,
    long materialConflict, long events, double goldsteinSum, double goldsteinMean) {
}
