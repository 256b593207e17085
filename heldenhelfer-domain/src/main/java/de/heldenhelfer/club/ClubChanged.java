package de.heldenhelfer.club;

/**
 * A club changed something the public sees (its profile, or it was verified). Fired as a CDI event
 * so that readers of public data (the directory) can forget what they cached, without the club
 * context knowing them.
 */
public record ClubChanged(long clubId) {}
