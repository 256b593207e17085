package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** One line of the member list, as the view keeps it. */
public record MemberRow(
    long id,
    String number,
    String name,
    LocalDate birthDate,
    LocalDate entryDate,
    MemberStatus status,
    String email,
    String phone)
    implements Serializable {
  static MemberRow of(Member m) {
    return new MemberRow(
        m.id(),
        m.memberNumber(),
        m.lastName() + ", " + m.firstName(),
        m.birthDate(),
        m.entryDate(),
        m.status(),
        m.email(),
        m.phone());
  }
}
