package de.heldenhelfer.pool;

import java.time.LocalDate;
import java.time.LocalTime;

/** A shift as entered: the day, from/to (end before start means it ends the next morning). */
public record ShiftDraft(
    LocalDate day, LocalTime start, LocalTime end, int capacity, String tasks) {}
