package de.heldenhelfer.membership;

import static de.heldenhelfer.membership.Fixtures.TODAY;
import static de.heldenhelfer.membership.Fixtures.adult;
import static de.heldenhelfer.membership.Fixtures.child;
import static de.heldenhelfer.membership.Fixtures.department;
import static de.heldenhelfer.membership.Fixtures.member;
import static de.heldenhelfer.membership.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberTest {

  private static RuleViolationException refused(MemberDraft d) {
    return assertThrows(RuleViolationException.class, () -> Member.create(d, TODAY, 3));
  }

  private static MemberDraft adultWith(Consumer<MemberDraft> change) {
    MemberDraft d = adult();
    change.accept(d);
    return d;
  }

  @Nested
  class Creating {
    @Test
    void validAdultIsCreatedWithDefaults() {
      MemberDraft d = adult();
      d.setGender(null);
      Member m = Member.create(d, TODAY, 3);
      assertEquals("Anna Schäfer", m.fullName());
      assertEquals(MemberStatus.ACTIVE, m.status());
      assertEquals(MembershipType.ADULT, m.membershipType());
      assertEquals(Gender.X, m.gender(), "ohne Angabe when not given");
      assertEquals("Domstraße 1, 97070 Würzburg", m.address().toString());
      assertEquals(46, m.ageOn(TODAY));
      assertNull(m.anonymiseAfter());
    }

    @Test
    void inputIsStrippedAndBlankBecomesNull() {
      MemberDraft d = adult();
      d.setFirstName("  Anna ");
      d.setPhone("   ");
      d.setEmail(" anna@example.org ");
      Member m = Member.create(d, TODAY, 3);
      assertEquals("Anna", m.firstName());
      assertNull(m.phone());
      assertEquals("anna@example.org", m.email());
    }

    @Test
    void namesAndNumberAndEntryAreRequired() {
      assertEquals(
          "member.firstName.required", refused(adultWith(d -> d.setFirstName(" "))).messageKey());
      assertEquals(
          "member.lastName.required", refused(adultWith(d -> d.setLastName(null))).messageKey());
      assertEquals(
          "member.memberNumber.required",
          refused(adultWith(d -> d.setMemberNumber(""))).messageKey());
      RuleViolationException e = refused(adultWith(d -> d.setEntryDate(null)));
      assertEquals("member.entryDate.required", e.messageKey());
      assertEquals("entryDate", e.field());
    }

    @Test
    void emailMustHaveTheUsualShape() {
      for (String bad : List.of("anna", "anna@", "anna@example", "an na@example.org", "a@b@c.de")) {
        RuleViolationException e = refused(adultWith(d -> d.setEmail(bad)));
        assertEquals("member.email.invalid", e.messageKey(), bad);
        assertEquals("email", e.field());
      }
      assertEquals(
          "member.guardianEmail.invalid",
          refused(adultWith(d -> d.setGuardianEmail("eltern@"))).messageKey());
    }

    @Test
    void birthDateNotInTheFutureAndEntryNotBeforeBirth() {
      assertEquals(
          "member.birthDate.future",
          refused(adultWith(d -> d.setBirthDate(TODAY.plusDays(1)))).messageKey());
      RuleViolationException e = refused(adultWith(d -> d.setEntryDate(LocalDate.of(1979, 1, 1))));
      assertEquals("member.entryDate.beforeBirth", e.messageKey());
      assertArrayEquals(new Object[] {LocalDate.of(1980, 5, 17)}, e.arguments());
    }

    @Test
    void exitNotBeforeEntry() {
      RuleViolationException e = refused(adultWith(d -> d.setExitDate(LocalDate.of(2000, 12, 31))));
      assertEquals("member.exitDate.beforeEntry", e.messageKey());
      assertEquals("exitDate", e.field());
      assertArrayEquals(new Object[] {LocalDate.of(2001, 3, 1)}, e.arguments());
    }

    @Test
    void leftNeedsAnExitDate() {
      assertEquals(
          "member.exitDate.required",
          refused(adultWith(d -> d.setStatus(MemberStatus.LEFT))).messageKey());
    }

    @Test
    void aPastExitMeansLeftAndSchedulesAnonymisation() {
      Member m = Member.create(adultWith(d -> d.setExitDate(LocalDate.of(2025, 12, 31))), TODAY, 3);
      assertEquals(MemberStatus.LEFT, m.status());
      assertEquals(LocalDate.of(2028, 12, 31), m.anonymiseAfter());
    }

    @Test
    void aFutureExitKeepsTheMembershipActiveUntilThen() {
      Member m =
          Member.create(
              adultWith(
                  d -> {
                    d.setExitDate(LocalDate.of(2026, 12, 31));
                    d.setStatus(MemberStatus.LEFT);
                  }),
              TODAY,
              5);
      assertEquals(MemberStatus.ACTIVE, m.status());
      assertEquals(LocalDate.of(2031, 12, 31), m.anonymiseAfter());
      m.housekeeping(LocalDate.of(2026, 12, 31));
      assertEquals(MemberStatus.LEFT, m.status(), "left on the exit date");
    }

    @Test
    void textsLongerThanTheColumnAreRefusedWithTheLimit() {
      RuleViolationException e = refused(adultWith(d -> d.setLastName("x".repeat(101))));
      assertEquals("field.tooLong", e.messageKey());
      assertEquals("lastName", e.field());
      assertArrayEquals(new Object[] {100}, e.arguments());
    }

    @Test
    void municipalityKeyHasEightDigits() {
      assertEquals(
          "member.municipality.invalid",
          refused(adultWith(d -> d.setMunicipalityAgs("9663000"))).messageKey());
    }
  }

  @Nested
  class Minors {
    @Test
    void aMinorNeedsAGuardianContact() {
      MemberDraft d = child();
      d.setGuardianName(null);
      RuleViolationException e = refused(d);
      assertEquals("member.guardian.required", e.messageKey());
      assertEquals("guardianName", e.field());
    }

    @Test
    void aGuardianNameAloneIsNotEnough() {
      MemberDraft d = child();
      d.setGuardianPhone(null);
      assertEquals("member.guardian.required", refused(d).messageKey());
      d.setGuardianEmail("anna@example.org");
      assertNotNull(Member.create(d, TODAY, 3), "name and e-mail suffice");
    }

    @Test
    void aMinorWithGuardianGetsTheYouthTypeByDefault() {
      Member m = Member.create(child(), TODAY, 3);
      assertTrue(m.isMinorOn(TODAY));
      assertTrue(m.hasGuardianContact());
      assertEquals(MembershipType.YOUTH, m.membershipType());
    }

    @Test
    void eighteenOnTodayIsAnAdult() {
      MemberDraft d = child();
      d.setBirthDate(TODAY.minusYears(18));
      d.setGuardianName(null);
      assertFalse(Member.create(d, TODAY, 3).isMinorOn(TODAY));
      d.setBirthDate(TODAY.minusYears(18).plusDays(1));
      assertEquals("member.guardian.required", refused(d).messageKey());
    }

    @Test
    void aLinkedParentReplacesTheGuardianContact() {
      Member parent = member(adult(), 1);
      Member kid = member(child(), 2);
      kid.linkFamily(parent, FamilyRelation.PARENT);
      MemberDraft d = MemberDraft.of(kid);
      d.setGuardianName(null);
      d.setGuardianPhone(null);
      assertTrue(kid.change(d, TODAY, 3).stream().anyMatch(c -> c.field().equals("guardianName")));
      assertFalse(kid.hasGuardianContact());
    }

    @Test
    void theLastGuardianCannotBeUnlinkedFromAMinorWithoutContact() {
      Member parent = member(adult(), 1);
      MemberDraft cd = child();
      Member kid = member(cd, 2);
      FamilyLink link = withId(kid.linkFamily(parent, FamilyRelation.PARENT), 7);
      MemberDraft d = MemberDraft.of(kid);
      d.setGuardianName(null);
      kid.change(d, TODAY, 3);
      RuleViolationException e =
          assertThrows(RuleViolationException.class, () -> kid.unlinkFamily(link.id(), TODAY));
      assertEquals("member.guardian.required", e.messageKey());
      assertEquals(1, kid.familyLinks().size(), "the link stays");
    }
  }

  @Nested
  class Changing {
    @Test
    void changeReportsEachChangedFieldWithOldAndNewValue() {
      Member m = member(adult(), 1);
      MemberDraft d = MemberDraft.of(m);
      d.setLastName("Schäfer-Roth");
      d.setPhone(null);
      d.setBirthDate(LocalDate.of(1980, 5, 18));
      List<FieldChange> changes = m.change(d, TODAY, 3);
      assertEquals(
          List.of(
              new FieldChange("lastName", "Schäfer", "Schäfer-Roth"),
              new FieldChange("birthDate", "1980-05-17", "1980-05-18"),
              new FieldChange("phone", "0931 123456", null)),
          changes);
      assertEquals("Schäfer-Roth", m.lastName());
    }

    @Test
    void unchangedDraftReportsNothing() {
      Member m = member(adult(), 1);
      assertTrue(m.change(MemberDraft.of(m), TODAY, 3).isEmpty());
    }

    @Test
    void aRefusedChangeChangesNothing() {
      Member m = member(adult(), 1);
      MemberDraft d = MemberDraft.of(m);
      d.setLastName("Neu");
      d.setEmail("kaputt");
      assertThrows(RuleViolationException.class, () -> m.change(d, TODAY, 3));
      assertEquals("Schäfer", m.lastName());
    }

    @Test
    void changeContactValidatesAndReports() {
      Member m = member(adult(), 1);
      assertThrows(RuleViolationException.class, () -> m.changeContact("0931 1", "no-address"));
      List<FieldChange> c = m.changeContact("0931 1", "anna.schaefer@example.org");
      assertEquals(List.of(new FieldChange("phone", "0931 123456", "0931 1")), c);
    }

    @Test
    void statusChangeCannotEndAMembership() {
      Member m = member(adult(), 1);
      assertEquals(
          "member.status.useEnd",
          assertThrows(RuleViolationException.class, () -> m.changeStatus(MemberStatus.LEFT))
              .messageKey());
      assertEquals(
          List.of(new FieldChange("status", "ACTIVE", "PASSIVE")),
          m.changeStatus(MemberStatus.PASSIVE));
    }
  }

  @Nested
  class Leaving {
    @Test
    void leaveRefusesAnExitBeforeTheEntry() {
      Member m = member(adult(), 1);
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class, () -> m.leave(LocalDate.of(2000, 1, 1), TODAY, 3));
      assertEquals("member.exitDate.beforeEntry", e.messageKey());
      assertEquals(
          "member.exitDate.required",
          assertThrows(RuleViolationException.class, () -> m.leave(null, TODAY, 3)).messageKey());
    }

    @Test
    void leaveEndsOpenFunctionsAndYouthWork() {
      Member m = member(adult(), 1);
      withId(m.addFunction(FunctionKind.TREASURER, null, null, LocalDate.of(2020, 4, 1), null), 5);
      m.recordCheck(true, LocalDate.of(2024, 1, 10), false, TODAY);
      List<FieldChange> changes = m.leave(LocalDate.of(2026, 10, 31), TODAY, 3);
      assertEquals(MemberStatus.LEFT, m.status());
      assertEquals(LocalDate.of(2029, 10, 31), m.anonymiseAfter());
      assertTrue(m.openFunctions(TODAY).isEmpty());
      assertEquals(LocalDate.of(2026, 10, 31), m.functions().get(0).termEnd());
      assertEquals(LocalDate.of(2026, 10, 31), m.youthWorkEnd());
      assertEquals(LocalDate.of(2027, 1, 31), m.recordCheckDeleteBy());
      assertTrue(changes.stream().anyMatch(c -> c.field().equals("function")));
      assertTrue(changes.stream().anyMatch(c -> c.field().equals("exitDate")));
    }

    @Test
    void aFunctionStartingAfterTheExitMustBeEndedFirst() {
      Member m = member(adult(), 1);
      m.addFunction(FunctionKind.AUDITOR, null, null, LocalDate.of(2027, 1, 1), null);
      assertEquals(
          "function.end.beforeStart",
          assertThrows(
                  RuleViolationException.class, () -> m.leave(LocalDate.of(2026, 12, 31), TODAY, 3))
              .messageKey());
    }

    @Test
    void theOldLeaveStillWorks() {
      Member m = member(adult(), 1);
      m.leave(LocalDate.of(2026, 12, 31));
      assertEquals(MemberStatus.LEFT, m.status());
      assertEquals(LocalDate.of(2029, 12, 31), m.anonymiseAfter());
    }
  }

  @Nested
  class Functions {
    @Test
    void endNotBeforeStart() {
      Member m = member(adult(), 1);
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class,
              () ->
                  m.addFunction(
                      FunctionKind.CHAIR,
                      null,
                      null,
                      LocalDate.of(2024, 3, 1),
                      LocalDate.of(2024, 2, 29)));
      assertEquals("function.end.beforeStart", e.messageKey());
      assertEquals("termEnd", e.field());
      MemberFunction f =
          withId(m.addFunction(FunctionKind.CHAIR, null, null, LocalDate.of(2024, 3, 1), null), 3);
      assertThrows(
          RuleViolationException.class, () -> m.endFunction(f.id(), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void otherNeedsATitleAndStartIsRequired() {
      Member m = member(adult(), 1);
      assertEquals(
          "function.title.required",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.addFunction(FunctionKind.OTHER, " ", null, TODAY, null))
              .messageKey());
      assertEquals(
          "function.start.required",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.addFunction(FunctionKind.TRAINER, null, null, null, null))
              .messageKey());
      assertEquals(
          "Dirigent", m.addFunction(FunctionKind.TRAINER, "Dirigent", null, TODAY, null).title());
    }

    @Test
    void aFunctionIsOpenWithoutEndOrWithAnEndInTheFuture() {
      Member m = member(adult(), 1);
      MemberFunction open = m.addFunction(FunctionKind.CHAIR, null, null, TODAY, null);
      MemberFunction future =
          m.addFunction(FunctionKind.AUDITOR, null, null, TODAY, TODAY.plusDays(1));
      MemberFunction endsToday =
          m.addFunction(FunctionKind.ASSESSOR, null, null, TODAY.minusYears(1), TODAY);
      assertTrue(open.isOpenOn(TODAY));
      assertTrue(future.isOpenOn(TODAY));
      assertFalse(endsToday.isOpenOn(TODAY));
    }

    @Test
    void aMemberWithAnOpenFunctionCannotBeDeletedUntilItEnds() {
      Member m = member(adult(), 1);
      MemberFunction f =
          withId(
              m.addFunction(
                  FunctionKind.TRAINER, null, department("Fußball", 4), TODAY.minusYears(2), null),
              9);
      RuleViolationException e =
          assertThrows(RuleViolationException.class, () -> m.checkDeletable(TODAY));
      assertEquals("member.delete.openFunction", e.messageKey());
      FieldChange c = m.endFunction(f.id(), TODAY);
      assertEquals("function", c.field());
      assertTrue(c.newValue().contains("[Fußball]"));
      m.checkDeletable(TODAY);
    }

    @Test
    void formerMembersTakeNoNewFunction() {
      Member m = member(adultWith(d -> d.setExitDate(LocalDate.of(2025, 1, 1))), 1);
      assertEquals(
          "function.memberLeft",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.addFunction(FunctionKind.CHAIR, null, null, TODAY, null))
              .messageKey());
    }

    @Test
    void unknownFunctionIsNotFound() {
      Member m = member(adult(), 1);
      assertThrows(NotFoundException.class, () -> m.endFunction(42, TODAY));
    }
  }

  @Nested
  class Consents {
    private final LocalDateTime now = TODAY.atTime(10, 0);

    @Test
    void grantWithdrawAndGrantAgain() {
      Member m = member(adult(), 1);
      assertFalse(m.hasConsent(ConsentKind.PHOTO_PUBLICATION));
      FieldChange c =
          m.setConsent(ConsentKind.PHOTO_PUBLICATION, true, LocalDate.of(2024, 5, 1), TODAY, now);
      assertEquals(new FieldChange("consent.PHOTO_PUBLICATION", null, "granted 2024-05-01"), c);
      assertTrue(m.hasConsent(ConsentKind.PHOTO_PUBLICATION));
      m.setConsent(ConsentKind.PHOTO_PUBLICATION, false, LocalDate.of(2025, 2, 1), TODAY, now);
      MemberConsent consent = m.consent(ConsentKind.PHOTO_PUBLICATION).orElseThrow();
      assertFalse(consent.isGiven());
      assertTrue(consent.granted());
      assertEquals(LocalDate.of(2025, 2, 1), consent.withdrawnOn());
      assertEquals(now, consent.recordedAt());
      m.setConsent(ConsentKind.PHOTO_PUBLICATION, true, LocalDate.of(2026, 1, 1), TODAY, now);
      assertTrue(m.hasConsent(ConsentKind.PHOTO_PUBLICATION));
      assertEquals(1, m.consents().size(), "one row per kind");
    }

    @Test
    void refusalIsRecordedToo() {
      Member m = member(adult(), 1);
      m.setConsent(ConsentKind.NEWSLETTER, false, TODAY, TODAY, now);
      MemberConsent c = m.consent(ConsentKind.NEWSLETTER).orElseThrow();
      assertFalse(c.granted());
      assertFalse(c.isGiven());
      assertNull(c.withdrawnOn());
    }

    @Test
    void datesAreChecked() {
      Member m = member(adult(), 1);
      assertEquals(
          "consent.date.future",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.setConsent(ConsentKind.NEWSLETTER, true, TODAY.plusDays(1), TODAY, now))
              .messageKey());
      assertEquals(
          "consent.date.required",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.setConsent(ConsentKind.NEWSLETTER, true, null, TODAY, now))
              .messageKey());
      m.setConsent(ConsentKind.NEWSLETTER, true, LocalDate.of(2025, 6, 1), TODAY, now);
      assertEquals(
          "consent.withdrawn.beforeGranted",
          assertThrows(
                  RuleViolationException.class,
                  () ->
                      m.setConsent(
                          ConsentKind.NEWSLETTER, false, LocalDate.of(2025, 5, 1), TODAY, now))
              .messageKey());
    }
  }

  @Nested
  class Qualifications {
    @Test
    void expiryNotBeforeIssue() {
      Member m = member(adult(), 1);
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class,
              () ->
                  m.addQualification(
                      QualificationKind.FIRST_AID,
                      null,
                      LocalDate.of(2025, 3, 1),
                      LocalDate.of(2025, 2, 28),
                      TODAY));
      assertEquals("qualification.expiry.beforeIssue", e.messageKey());
      assertEquals("expiresOn", e.field());
    }

    @Test
    void issueNotInTheFutureAndOtherNeedsAName() {
      Member m = member(adult(), 1);
      assertEquals(
          "qualification.issued.future",
          assertThrows(
                  RuleViolationException.class,
                  () ->
                      m.addQualification(
                          QualificationKind.JULEICA, null, TODAY.plusDays(1), null, TODAY))
              .messageKey());
      assertEquals(
          "qualification.name.required",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.addQualification(QualificationKind.OTHER, null, TODAY, null, TODAY))
              .messageKey());
    }

    @Test
    void expiringWithinDays() {
      Member m = member(adult(), 1);
      MemberQualification q =
          m.addQualification(
              QualificationKind.TRAINER_LICENSE_C,
              "Trainer C Breitensport",
              LocalDate.of(2022, 12, 31),
              LocalDate.of(2026, 12, 31),
              TODAY);
      assertTrue(q.expiresWithin(60, TODAY));
      assertFalse(q.expiresWithin(30, TODAY));
      assertFalse(q.isExpiredOn(TODAY));
      assertTrue(q.isExpiredOn(LocalDate.of(2027, 1, 1)));
      withId(q, 11);
      assertEquals("qualification", m.removeQualification(11).field());
      assertTrue(m.qualifications().isEmpty());
    }
  }

  @Nested
  class RecordCheck {
    @Test
    void onlyTheThreeFactsAndTheirRules() {
      Member m = member(adult(), 1);
      assertEquals(
          "recordCheck.notInspected",
          assertThrows(RuleViolationException.class, () -> m.recordCheck(false, null, true, TODAY))
              .messageKey());
      assertEquals(
          "recordCheck.certificateDate.required",
          assertThrows(RuleViolationException.class, () -> m.recordCheck(true, null, false, TODAY))
              .messageKey());
      assertEquals(
          "recordCheck.certificateDate.future",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.recordCheck(true, TODAY.plusDays(1), false, TODAY))
              .messageKey());
      m.recordCheck(true, LocalDate.of(2022, 2, 1), false, TODAY);
      assertTrue(m.recordCheckInspected());
      assertEquals(LocalDate.of(2027, 2, 1), m.recordCheckDueOn());
      m.recordCheck(false, LocalDate.of(2022, 2, 1), false, TODAY);
      assertFalse(m.recordCheckInspected());
      assertNull(m.recordCheckCertificateDate(), "not inspected clears the date");
    }

    @Test
    void factsAreDeletedThreeMonthsAfterTheYouthWorkEnded() {
      Member m = member(adult(), 1);
      m.recordCheck(true, LocalDate.of(2023, 6, 1), false, TODAY);
      m.endYouthWork(LocalDate.of(2026, 8, 31));
      assertEquals(LocalDate.of(2026, 11, 30), m.recordCheckDeleteBy());
      assertTrue(m.housekeeping(LocalDate.of(2026, 11, 29)).isEmpty());
      assertTrue(m.recordCheckInspected());
      List<FieldChange> changes = m.housekeeping(LocalDate.of(2026, 11, 30));
      assertFalse(m.recordCheckInspected());
      assertNull(m.recordCheckCertificateDate());
      assertNull(m.youthWorkEnd());
      assertTrue(
          changes.contains(new FieldChange("recordCheckCertificateDate", "2023-06-01", null)));
    }

    @Test
    void aNewCheckStartsTheYouthWorkAgain() {
      Member m = member(adult(), 1);
      m.recordCheck(true, LocalDate.of(2020, 6, 1), false, TODAY);
      m.endYouthWork(LocalDate.of(2026, 10, 1));
      m.recordCheck(true, LocalDate.of(2026, 11, 1), false, TODAY);
      assertNull(m.youthWorkEnd());
    }
  }

  @Nested
  class Family {
    @Test
    void noSelfLinkNoDuplicateNoCycle() {
      Member a = member(adult(), 1);
      Member b = member(child(), 2);
      assertEquals(
          "family.self",
          assertThrows(RuleViolationException.class, () -> a.linkFamily(a, FamilyRelation.PARENT))
              .messageKey());
      b.linkFamily(a, FamilyRelation.PARENT);
      assertEquals(
          "family.duplicate",
          assertThrows(RuleViolationException.class, () -> b.linkFamily(a, FamilyRelation.PARENT))
              .messageKey());
      assertEquals(
          "family.cycle",
          assertThrows(RuleViolationException.class, () -> a.linkFamily(b, FamilyRelation.PARENT))
              .messageKey());
      b.linkFamily(a, FamilyRelation.FAMILY_MEMBER);
      assertEquals(2, b.familyLinks().size());
      assertTrue(b.hasLinkedGuardian());
    }
  }

  @Nested
  class Departments {
    @Test
    void notBeforeTheClubEntryAndNotTwice() {
      Member m = member(adult(), 1);
      assertEquals(
          "department.entry.beforeMembership",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.joinDepartment(department("Turnen", 3), LocalDate.of(2000, 1, 1)))
              .messageKey());
      m.joinDepartment(department("Turnen", 3), LocalDate.of(2005, 1, 1));
      assertTrue(m.isInDepartment(3));
      assertEquals(
          "department.already",
          assertThrows(
                  RuleViolationException.class,
                  () -> m.joinDepartment(department("Turnen", 3), LocalDate.of(2006, 1, 1)))
              .messageKey());
      assertEquals(
          new FieldChange("department", "Turnen (2005-01-01)", null), m.leaveDepartment(3));
      assertThrows(NotFoundException.class, () -> m.leaveDepartment(3));
    }
  }

  @Nested
  class Anonymising {
    @Test
    void onlyFormerMembersAndThenForGood() {
      Member active = member(adult(), 1);
      assertEquals(
          "member.anonymise.notLeft",
          assertThrows(RuleViolationException.class, () -> active.anonymise(TODAY)).messageKey());

      Member m = member(adultWith(d -> d.setExitDate(LocalDate.of(2022, 12, 31))), 2);
      m.setConsent(ConsentKind.NEWSLETTER, true, LocalDate.of(2020, 1, 1), TODAY, null);
      m.addQualification(QualificationKind.FIRST_AID, null, null, null, TODAY);
      assertTrue(m.isDueForAnonymisation(LocalDate.of(2025, 12, 31)));
      assertFalse(m.isDueForAnonymisation(LocalDate.of(2025, 12, 30)));
      m.anonymise(TODAY);
      assertTrue(m.isAnonymised());
      assertEquals(Member.ANONYMISED_NAME, m.lastName());
      assertEquals("", m.firstName());
      assertNull(m.birthDate());
      assertNull(m.address());
      assertNull(m.email());
      assertNull(m.phone());
      assertTrue(m.consents().isEmpty());
      assertTrue(m.qualifications().isEmpty());
      assertEquals("M-000001", m.memberNumber(), "the number stays for the records");
      assertEquals(LocalDate.of(2001, 3, 1), m.entryDate());
      assertEquals(
          "member.anonymised",
          assertThrows(RuleViolationException.class, () -> m.changeContact("1", null))
              .messageKey());
    }
  }
}
