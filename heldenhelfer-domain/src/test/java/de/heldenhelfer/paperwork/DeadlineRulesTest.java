package de.heldenhelfer.paperwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static ClubFacts facts(
      boolean sports,
      LocalDate exemption,
      LocalDate last,
      LocalDate next,
      List<ClubFacts.BoardTerm> terms,
      List<ClubFacts.RecordCheck> checks,
      List<ClubFacts.Expiry> expiries) {
    return new ClubFacts(sports, true, exemption, 12, 14, last, next, terms, checks, expiries);
  }

  private static Map<String, TaskProposal> byKey(List<TaskProposal> proposals) {
    return proposals.stream().collect(Collectors.toMap(TaskProposal::ruleKey, Function.identity()));
  }

  @Test
  void blsvDeadlineOnASundayMovesToTheFridayBefore() {
    // 31 January 2027 is a Sunday
    assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2027, 1, 31).getDayOfWeek());
    TaskProposal blsv =
        byKey(
                DeadlineRules.proposals(
                    facts(true, null, TODAY, null, List.of(), List.of(), List.of()), TODAY))
            .get("BLSV:2027");
    assertEquals(LocalDate.of(2027, 1, 29), blsv.dueDate());
    assertTrue(blsv.description().contains("31.01.2027"), blsv.description());
    assertTrue(blsv.description().contains("29.01.2027"), blsv.description());
    assertEquals(TaskKind.ASSOCIATION, blsv.kind());
  }

  @Test
  void blsvDeadlineOnASaturdayAndOnAWeekday() {
    // 2026: Saturday → Friday 30th; 2029: Wednesday stays
    assertEquals(
        LocalDate.of(2026, 1, 30), DeadlineRules.workingDayOnOrBefore(LocalDate.of(2026, 1, 31)));
    assertEquals(
        LocalDate.of(2029, 1, 31), DeadlineRules.workingDayOnOrBefore(LocalDate.of(2029, 1, 31)));
    // on 31 January itself the deadline is today's; from 1 February next year's
    assertEquals(LocalDate.of(2026, 1, 31), DeadlineRules.blsvDeadline(LocalDate.of(2026, 1, 31)));
    assertEquals(LocalDate.of(2027, 1, 31), DeadlineRules.blsvDeadline(LocalDate.of(2026, 2, 1)));
    TaskProposal blsv =
        byKey(
                DeadlineRules.proposals(
                    facts(true, null, TODAY, null, List.of(), List.of(), List.of()),
                    LocalDate.of(2028, 12, 1)))
            .get("BLSV:2029");
    assertEquals(LocalDate.of(2029, 1, 31), blsv.dueDate());
    assertFalse(blsv.description().contains("Wochenende"));
  }

  @Test
  void onlySportsClubsReportToTheBlsv() {
    assertFalse(
        byKey(
                DeadlineRules.proposals(
                    facts(false, null, TODAY, null, List.of(), List.of(), List.of()), TODAY))
            .keySet()
            .stream()
            .anyMatch(k -> k.startsWith("BLSV")));
  }

  @Test
  void exemptionNoticeOfALeapDayGivesTaxAndReceiptDeadlinesOnTheLastDayOfFebruary() {
    LocalDate notice = LocalDate.of(2024, 2, 29);
    LocalDate today = LocalDate.of(2026, 12, 1);
    Map<String, TaskProposal> p =
        byKey(
            DeadlineRules.proposals(
                facts(false, notice, today, null, List.of(), List.of(), List.of()), today));
    assertEquals(LocalDate.of(2027, 2, 28), p.get("TAX:2024-02-29").dueDate());
    // the receipts deadline (2029) is beyond the one-year horizon
    assertFalse(p.containsKey("RECEIPTS:2024-02-29"));
    Map<String, TaskProposal> later =
        byKey(
            DeadlineRules.proposals(
                facts(false, notice, today, null, List.of(), List.of(), List.of()),
                LocalDate.of(2028, 6, 1)));
    TaskProposal receipts = later.get("RECEIPTS:2024-02-29");
    assertEquals(LocalDate.of(2029, 2, 28), receipts.dueDate());
    assertEquals(DeadlineRules.TEMPLATE_DONATION, receipts.templateCode());
    assertTrue(receipts.title().contains("28.02.2029"), receipts.title());
  }

  @Test
  void invitationDeadlineCountsBackFromTheMeetingAndAvoidsWeekends() {
    // meeting Thursday 31.12.2026, 14 days: the invitation must be out by Wednesday 16.12.
    assertEquals(
        LocalDate.of(2026, 12, 16),
        DeadlineRules.invitationDeadline(LocalDate.of(2026, 12, 31), 14));
    // meeting Monday 22.03.2027: 15 days back is Sunday 07.03. → Friday 05.03.
    assertEquals(
        LocalDate.of(2027, 3, 5), DeadlineRules.invitationDeadline(LocalDate.of(2027, 3, 22), 14));
    // leap year: meeting 14.03.2028, 14 days → 28.02.2028 (Monday), over 29 February
    assertEquals(
        LocalDate.of(2028, 2, 28), DeadlineRules.invitationDeadline(LocalDate.of(2028, 3, 14), 14));
  }

  @Test
  void aPlannedMeetingGivesInvitationAndMeetingTasksWithTheirTemplates() {
    LocalDate meeting = LocalDate.of(2027, 1, 15);
    Map<String, TaskProposal> p =
        byKey(
            DeadlineRules.proposals(
                facts(
                    false,
                    null,
                    LocalDate.of(2026, 1, 20),
                    meeting,
                    List.of(),
                    List.of(),
                    List.of()),
                TODAY));
    TaskProposal invitation = p.get("INVITATION:2027-01-15");
    assertEquals(LocalDate.of(2026, 12, 31), invitation.dueDate());
    assertEquals(DeadlineRules.TEMPLATE_INVITATION, invitation.templateCode());
    assertEquals(3, invitation.steps().size());
    TaskProposal held = p.get("MEETING:2027-01-15");
    assertEquals(meeting, held.dueDate());
    assertEquals(DeadlineRules.TEMPLATE_MINUTES, held.templateCode());
    assertFalse(p.keySet().stream().anyMatch(k -> k.startsWith("PLAN")));
  }

  @Test
  void withoutAPlannedMeetingTheStatutesIntervalAsksForPlanning() {
    LocalDate last = LocalDate.of(2026, 3, 20);
    Map<String, TaskProposal> p =
        byKey(
            DeadlineRules.proposals(
                facts(false, null, last, null, List.of(), List.of(), List.of()), TODAY));
    TaskProposal plan = p.get("PLAN:2027-03-20");
    // latest meeting 20.03.2027 (Saturday); invitation by Friday 05.03.; six weeks earlier: 22.01.
    assertEquals(LocalDate.of(2027, 1, 22), plan.dueDate());
    assertTrue(plan.description().contains("20.03.2026"), plan.description());
    Map<String, TaskProposal> unknown =
        byKey(
            DeadlineRules.proposals(
                facts(false, null, null, null, List.of(), List.of(), List.of()), TODAY));
    assertEquals(TODAY.plusDays(30), unknown.get("PLAN:unknown").dueDate());
  }

  @Test
  void boardTermsEndingAskForAnElectionAtTheNextMeetingAndNewTermsForTheRegister() {
    LocalDate meeting = LocalDate.of(2027, 3, 12);
    var ending =
        new ClubFacts.BoardTerm(
            7,
            70,
            "Jörg Weiß",
            "Vorsitz",
            true,
            LocalDate.of(2023, 4, 1),
            LocalDate.of(2027, 4, 30));
    var started =
        new ClubFacts.BoardTerm(8, 80, "Änne Groß", "Kasse", true, TODAY.minusDays(10), null);
    var assessor =
        new ClubFacts.BoardTerm(9, 90, "Uli Maier", "Beisitz", false, TODAY.minusDays(10), null);
    Map<String, TaskProposal> p =
        byKey(
            DeadlineRules.proposals(
                facts(
                    false,
                    null,
                    LocalDate.of(2026, 3, 1),
                    meeting,
                    List.of(ending, started, assessor),
                    List.of(),
                    List.of()),
                TODAY));
    TaskProposal election = p.get("ELECTION:7:2027-04-30");
    assertEquals(meeting, election.dueDate());
    assertTrue(election.title().contains("Jörg Weiß"));
    TaskProposal register = p.get("REGISTER:8:" + TODAY.minusDays(10));
    assertEquals(TODAY.plusDays(4), register.dueDate());
    assertEquals(DeadlineRules.TEMPLATE_REGISTER, register.templateCode());
    assertTrue(register.description().contains("§ 77 BGB"));
    assertFalse(p.containsKey("REGISTER:9:" + TODAY.minusDays(10)), "a Beisitz is not registered");
    // a club that is not in the register (no e.V.) notifies nothing
    ClubFacts unregistered =
        new ClubFacts(
            false,
            false,
            null,
            12,
            14,
            LocalDate.of(2026, 3, 1),
            meeting,
            List.of(started),
            List.of(),
            List.of());
    assertFalse(
        byKey(DeadlineRules.proposals(unregistered, TODAY)).keySet().stream()
            .anyMatch(k -> k.startsWith("REGISTER")));
  }

  @Test
  void recordChecksAfterFiveYearsAndQualificationsWithinTheHorizon() {
    var leapCheck = new ClubFacts.RecordCheck(5, "Lea Schäfer", LocalDate.of(2022, 2, 28));
    var farCheck = new ClubFacts.RecordCheck(6, "Max Roth", LocalDate.of(2024, 1, 10));
    var soon = new ClubFacts.Expiry(11, 5, "Lea Schäfer", "Erste Hilfe", TODAY.plusDays(30));
    var far = new ClubFacts.Expiry(12, 5, "Lea Schäfer", "Trainerlizenz C", TODAY.plusDays(200));
    var long_ago = new ClubFacts.Expiry(13, 6, "Max Roth", "Juleica", TODAY.minusDays(400));
    Map<String, TaskProposal> p =
        byKey(
            DeadlineRules.proposals(
                facts(
                    false,
                    null,
                    TODAY,
                    null,
                    List.of(),
                    List.of(leapCheck, farCheck),
                    List.of(soon, far, long_ago)),
                LocalDate.of(2026, 12, 15)));
    TaskProposal record = p.get("RECORD:5:2022-02-28");
    assertEquals(LocalDate.of(2027, 2, 28), record.dueDate());
    assertEquals(DeadlineRules.TEMPLATE_RECORD_CHECK, record.templateCode());
    assertFalse(p.containsKey("RECORD:6:2024-01-10"));
    assertTrue(p.containsKey("QUALIFICATION:11:" + TODAY.plusDays(30)));
    assertFalse(p.containsKey("QUALIFICATION:12:" + TODAY.plusDays(200)));
    assertFalse(p.containsKey("QUALIFICATION:13:" + TODAY.minusDays(400)));
  }

  @Test
  void proposalsAreOrderedByDueDate() {
    List<TaskProposal> all =
        DeadlineRules.proposals(
            facts(
                true,
                LocalDate.of(2024, 1, 10),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 2, 5),
                List.of(),
                List.of(),
                List.of()),
            TODAY);
    for (int i = 1; i < all.size(); i++) {
      assertFalse(all.get(i).dueDate().isBefore(all.get(i - 1).dueDate()));
    }
    assertTrue(all.size() >= 4, all.toString());
  }
}
