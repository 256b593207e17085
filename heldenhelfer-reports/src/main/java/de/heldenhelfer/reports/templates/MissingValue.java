package de.heldenhelfer.reports.templates;

/**
 * A placeholder that would be printed but has no value.
 *
 * @param name the placeholder name without suffix, e.g. {@code club.registerNumber}
 * @param line the first line of the template that prints it
 */
public record MissingValue(String name, int line) {}
