package de.heldenhelfer.pool;

import java.util.Set;

/** What a board member enters for a need. */
public record NeedDraft(
    String title,
    String description,
    String ags,
    String address,
    NeedCategory category,
    NeedVisibility visibility,
    int minAge,
    Set<PoolQualification> qualifications,
    Set<String> skills,
    int cancelHours) {}
