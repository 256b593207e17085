package de.heldenhelfer.paperwork;

import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The legal calendar of an e.V.: which tasks the club's data asks for on a given day. Pure
 * functions of {@link ClubFacts} and the date; {@link TaskService#syncRules()} turns the proposals
 * into tasks.
 *
 * <p>Deadlines that fall on a Saturday or Sunday are moved <em>earlier</em>, to the Friday before:
 * the BLSV report and a postal invitation both have to be done by the date, and a board that works
 * to the Friday is never late. The original date stays in the task's description.
 */
public final class DeadlineRules {
  /** Tax declaration for the non-profit check: three years after the exemption notice. */
  static final int TAX_DECLARATION_YEARS = 3;

  /** Donation receipts only while the exemption notice is at most five years old (§ 63 (5) AO). */
  static final int RECEIPTS_YEARS = 5;

  /** Führungszeugnis: inspect again five years after the certificate's date. */
  static final int RECORD_CHECK_YEARS = 5;

  /** How far ahead rules create tasks. */
  static final int HORIZON_DAYS = 365;

  /** Shorter horizon for people-related renewals, so the dashboard stays readable. */
  static final int RENEWAL_HORIZON_DAYS = 120;

  /** Overdue rule tasks are proposed up to this many days after their due date. */
  static final int LOOKBACK_DAYS = 365;

  /** Preparation before the latest invitation date when no meeting is planned yet. */
  static final int PLANNING_WEEKS = 6;

  /** A board change is notified to the register within this many days after the new term. */
  static final int REGISTER_NOTIFICATION_DAYS = 14;

  public static final String TEMPLATE_INVITATION = "einladung-mitgliederversammlung";
  public static final String TEMPLATE_MINUTES = "protokoll-mitgliederversammlung";
  public static final String TEMPLATE_REGISTER = "anmeldung-vorstandsaenderung";
  public static final String TEMPLATE_RECORD_CHECK = "antrag-erweitertes-fuehrungszeugnis";
  public static final String TEMPLATE_DONATION = "zuwendungsbestaetigung-geld";

  private static final Locale DE = Locale.GERMANY;

  private DeadlineRules() {}

  /** All tasks the rules ask for on {@code today}, ordered by due date. */
  public static List<TaskProposal> proposals(ClubFacts facts, LocalDate today) {
    List<TaskProposal> out = new ArrayList<>();
    exemption(facts, today, out);
    if (facts.sportsClub()) {
      blsv(today, out);
    }
    generalMeeting(facts, today, out);
    elections(facts, today, out);
    recordChecks(facts, today, out);
    expiries(facts, today, out);
    out.sort(
        java.util.Comparator.comparing(TaskProposal::dueDate).thenComparing(TaskProposal::ruleKey));
    return out;
  }

  /** The working day (Monday to Friday) on or before {@code date}. */
  public static LocalDate workingDayOnOrBefore(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY) {
      return date.minusDays(1);
    }
    if (d == DayOfWeek.SUNDAY) {
      return date.minusDays(2);
    }
    return date;
  }

  /**
   * The last day on which the invitation may go out: the statutes' period counted back from the
   * meeting, neither the meeting day nor the day of receipt counted (§§ 187, 188 BGB), moved to a
   * working day before.
   */
  public static LocalDate invitationDeadline(LocalDate meeting, int periodDays) {
    return workingDayOnOrBefore(meeting.minusDays(periodDays + 1L));
  }

  /** The BLSV Bestandserhebung due next: 31 January of this year until then, else next year's. */
  public static LocalDate blsvDeadline(LocalDate today) {
    LocalDate thisYear = LocalDate.of(today.getYear(), 1, 31);
    return today.isAfter(thisYear) ? thisYear.plusYears(1) : thisYear;
  }

  private static void exemption(ClubFacts f, LocalDate today, List<TaskProposal> out) {
    LocalDate notice = f.exemptionNoticeDate();
    if (notice == null) {
      return;
    }
    LocalDate declaration = notice.plusYears(TAX_DECLARATION_YEARS);
    if (within(declaration, today, HORIZON_DAYS)) {
      out.add(
          new TaskProposal(
              "TAX:" + notice,
              TaskKind.TAX,
              text("rule.tax.title"),
              text("rule.tax.description", fmt(notice)),
              declaration,
              null,
              null,
              List.of(text("rule.tax.step1"), text("rule.tax.step2"), text("rule.tax.step3"))));
    }
    LocalDate receiptsEnd = notice.plusYears(RECEIPTS_YEARS);
    if (within(receiptsEnd, today, HORIZON_DAYS)) {
      out.add(
          new TaskProposal(
              "RECEIPTS:" + notice,
              TaskKind.TAX,
              text("rule.receipts.title", fmt(receiptsEnd)),
              text("rule.receipts.description", fmt(notice), fmt(receiptsEnd)),
              receiptsEnd,
              TEMPLATE_DONATION,
              null,
              List.of(text("rule.receipts.step1"), text("rule.tax.step3"))));
    }
  }

  private static void blsv(LocalDate today, List<TaskProposal> out) {
    LocalDate deadline = blsvDeadline(today);
    LocalDate due = workingDayOnOrBefore(deadline);
    String description =
        due.equals(deadline)
            ? text("rule.blsv.description", fmt(deadline))
            : text("rule.blsv.description.moved", fmt(deadline), fmt(due));
    out.add(
        new TaskProposal(
            "BLSV:" + deadline.getYear(),
            TaskKind.ASSOCIATION,
            text("rule.blsv.title", String.valueOf(deadline.getYear())),
            description,
            due,
            null,
            null,
            List.of(text("rule.blsv.step1"), text("rule.blsv.step2"))));
  }

  private static void generalMeeting(ClubFacts f, LocalDate today, List<TaskProposal> out) {
    LocalDate next = f.nextGeneralMeeting();
    if (next != null && !next.isBefore(today.minusDays(LOOKBACK_DAYS))) {
      LocalDate invite = invitationDeadline(next, f.invitationPeriodDays());
      out.add(
          new TaskProposal(
              "INVITATION:" + next,
              TaskKind.GENERAL_MEETING,
              text("rule.invitation.title", fmt(next)),
              text("rule.invitation.description", f.invitationPeriodDays(), fmt(invite)),
              invite,
              TEMPLATE_INVITATION,
              null,
              List.of(
                  text("rule.invitation.step1"),
                  text("rule.invitation.step2"),
                  text("rule.invitation.step3"))));
      out.add(
          new TaskProposal(
              "MEETING:" + next,
              TaskKind.GENERAL_MEETING,
              text("rule.meeting.title", fmt(next)),
              text("rule.meeting.description"),
              next,
              TEMPLATE_MINUTES,
              null,
              List.of(
                  text("rule.meeting.step1"),
                  text("rule.meeting.step2"),
                  text("rule.meeting.step3"))));
      return;
    }
    LocalDate last = f.lastGeneralMeeting();
    if (last == null) {
      out.add(
          new TaskProposal(
              "PLAN:unknown",
              TaskKind.GENERAL_MEETING,
              text("rule.plan.title"),
              text("rule.plan.unknown"),
              today.plusDays(30),
              null,
              null,
              List.of(text("rule.plan.step1"), text("rule.plan.step2"))));
      return;
    }
    LocalDate latest = last.plusMonths(f.meetingIntervalMonths());
    LocalDate planBy =
        workingDayOnOrBefore(
            invitationDeadline(latest, f.invitationPeriodDays()).minusWeeks(PLANNING_WEEKS));
    if (within(planBy, today, HORIZON_DAYS)) {
      out.add(
          new TaskProposal(
              "PLAN:" + latest,
              TaskKind.GENERAL_MEETING,
              text("rule.plan.title"),
              text("rule.plan.description", fmt(last), f.meetingIntervalMonths(), fmt(latest)),
              planBy,
              null,
              null,
              List.of(text("rule.plan.step1"), text("rule.plan.step2"))));
    }
  }

  private static void elections(ClubFacts f, LocalDate today, List<TaskProposal> out) {
    LocalDate next = f.nextGeneralMeeting();
    for (ClubFacts.BoardTerm t : f.boardTerms()) {
      if (t.termEnd() != null && within(t.termEnd(), today, HORIZON_DAYS)) {
        LocalDate due =
            next != null && !next.isBefore(today) && !next.isAfter(t.termEnd())
                ? next
                : t.termEnd();
        out.add(
            new TaskProposal(
                "ELECTION:" + t.functionId() + ":" + t.termEnd(),
                TaskKind.REGISTER,
                text("rule.election.title", t.function(), t.name(), fmt(t.termEnd())),
                text("rule.election.description"),
                due,
                TEMPLATE_INVITATION,
                null,
                List.of(text("rule.election.step1"), text("rule.election.step2"))));
      }
      if (f.registered()
          && t.registerRelevant()
          && t.termStart() != null
          && !t.termStart().isAfter(today)
          && !t.termStart().isBefore(today.minusDays(60))) {
        LocalDate due = t.termStart().plusDays(REGISTER_NOTIFICATION_DAYS);
        out.add(
            new TaskProposal(
                "REGISTER:" + t.functionId() + ":" + t.termStart(),
                TaskKind.REGISTER,
                text("rule.register.title", t.function(), t.name()),
                text("rule.register.description"),
                due,
                TEMPLATE_REGISTER,
                null,
                List.of(
                    text("rule.register.step1"),
                    text("rule.register.step2"),
                    text("rule.register.step3"))));
      }
    }
  }

  private static void recordChecks(ClubFacts f, LocalDate today, List<TaskProposal> out) {
    for (ClubFacts.RecordCheck c : f.recordChecks()) {
      LocalDate due = c.certificateDate().plusYears(RECORD_CHECK_YEARS);
      if (within(due, today, RENEWAL_HORIZON_DAYS)) {
        out.add(
            new TaskProposal(
                "RECORD:" + c.memberId() + ":" + c.certificateDate(),
                TaskKind.YOUTH_PROTECTION,
                text("rule.record.title", c.name()),
                text("rule.record.description", fmt(c.certificateDate()), fmt(due)),
                due,
                TEMPLATE_RECORD_CHECK,
                null,
                List.of(text("rule.record.step1"), text("rule.record.step2"))));
      }
    }
  }

  private static void expiries(ClubFacts f, LocalDate today, List<TaskProposal> out) {
    for (ClubFacts.Expiry e : f.expiries()) {
      if (within(e.expiresOn(), today, RENEWAL_HORIZON_DAYS)) {
        out.add(
            new TaskProposal(
                "QUALIFICATION:" + e.qualificationId() + ":" + e.expiresOn(),
                TaskKind.QUALIFICATION,
                text("rule.qualification.title", e.qualification(), e.name(), fmt(e.expiresOn())),
                text("rule.qualification.description"),
                e.expiresOn(),
                null,
                null,
                List.of(text("rule.qualification.step1"), text("rule.qualification.step2"))));
      }
    }
  }

  /** Due within the horizon ahead, and not longer overdue than the lookback. */
  static boolean within(LocalDate due, LocalDate today, int horizonDays) {
    return !due.isAfter(today.plusDays(horizonDays))
        && !due.isBefore(today.minusDays(LOOKBACK_DAYS));
  }

  private static String fmt(LocalDate d) {
    return GermanDates.format(d);
  }

  private static String text(String key, Object... args) {
    return Messages.get(DE, key, args);
  }
}
