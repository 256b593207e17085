package de.heldenhelfer.servicedesk;

import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.shared.RuleViolationException;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which clubs an announcement addresses. Empty parts do not restrict; the parts that are given must
 * all hold: municipality (AGS) in {@code municipalities}, kind in {@code kinds}, a department with
 * a sport in {@code sports}, current members between {@code minMembers} and {@code maxMembers}. All
 * parts empty: every club.
 */
public record Audience(
    Set<String> municipalities,
    Set<ClubKind> kinds,
    Set<Integer> sports,
    Integer minMembers,
    Integer maxMembers) {
  public Audience {
    municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
    kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    sports = sports == null ? Set.of() : Set.copyOf(sports);
    if (minMembers != null && minMembers < 0 || maxMembers != null && maxMembers < 0) {
      throw new RuleViolationException("members", "audience.members.negative");
    }
    if (minMembers != null && maxMembers != null && minMembers > maxMembers) {
      throw new RuleViolationException("members", "audience.members.reversed");
    }
  }

  public static Audience everyone() {
    return new Audience(null, null, null, null, null);
  }

  public boolean isEveryone() {
    return municipalities.isEmpty()
        && kinds.isEmpty()
        && sports.isEmpty()
        && minMembers == null
        && maxMembers == null;
  }

  /** A compact form for the record of what was chosen ("ags=…;kinds=…;sports=…;min=…;max=…"). */
  public String encode() {
    return "ags="
        + String.join(",", new TreeSet<>(municipalities))
        + ";kinds="
        + kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","))
        + ";sports="
        + sports.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))
        + ";min="
        + (minMembers == null ? "" : minMembers)
        + ";max="
        + (maxMembers == null ? "" : maxMembers);
  }
}
