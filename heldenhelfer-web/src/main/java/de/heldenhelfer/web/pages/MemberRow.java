package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.Gender;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.membership.MembershipType;
import java.io.Serializable;
import java.time.LocalDate;

/** One line of the member list, as the view keeps it (no entity in the view state). */
public record MemberRow(
    long id,
    String number,
    String name,
    LocalDate birthDate,
    Integer age,
    Gender gender,
    String address,
    LocalDate entryDate,
    MemberStatus status,
    MembershipType membershipType,
    String feeCategory,
    String email,
    String phone)
    implements Serializable {
  static MemberRow of(Member m) {
    return new MemberRow(
        m.id(),
        m.memberNumber(),
        m.lastName() + ", " + m.firstName(),
        m.birthDate(),
        m.ageOn(LocalDate.now(MemberService.ZONE)),
        m.gender(),
        m.address() == null ? "" : m.address().toString(),
        m.entryDate(),
        m.status(),
        m.membershipType(),
        m.feeCategory(),
        m.email(),
        m.phone());
  }
}
