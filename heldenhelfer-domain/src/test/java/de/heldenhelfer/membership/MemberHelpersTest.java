package de.heldenhelfer.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberHelpersTest {
  @Test
  void nextMemberNumberKeepsTheFormat() {
    assertEquals("M-000124", MemberService.increment("M-000123"));
    assertEquals("M-001000", MemberService.increment("M-000999"));
    assertEquals("100", MemberService.increment("99"));
    assertEquals("2026-0001", MemberService.increment("2026-0000"));
    assertEquals("ABC-1", MemberService.increment("ABC"));
  }

  @Test
  void leapDayBirthdaysAreCelebratedOnTheTwentyEighth() {
    LocalDate leap = LocalDate.of(2008, 2, 29);
    assertEquals(LocalDate.of(2027, 2, 28), MemberListService.birthdayIn(leap, 2027));
    assertEquals(LocalDate.of(2028, 2, 29), MemberListService.birthdayIn(leap, 2028));
    assertEquals(
        LocalDate.of(2027, 7, 1), MemberListService.birthdayIn(LocalDate.of(1990, 7, 1), 2027));
  }

  @Test
  void fieldChangeTexts() {
    assertNull(FieldChange.of("x", "a", "a"));
    assertNull(FieldChange.of("x", null, ""));
    assertEquals(
        new FieldChange("status", "ACTIVE", "PASSIVE"),
        FieldChange.of("status", MemberStatus.ACTIVE, MemberStatus.PASSIVE));
    assertEquals(
        new FieldChange("d", null, "2026-01-31"),
        FieldChange.of("d", null, LocalDate.of(2026, 1, 31)));
  }
}
