package de.heldenhelfer.paperwork;

import java.time.LocalDate;
import java.util.List;

/**
 * The club data the deadline rules read, gathered by {@link TaskService} in a few set-based
 * queries. Pure data, so that {@link DeadlineRules} can be tested on dates alone.
 *
 * @param sportsClub whether the club reports to the BLSV (sports clubs)
 * @param registered whether the club is an e.V. (board changes go to the Vereinsregister)
 * @param exemptionNoticeDate date of the last Freistellungsbescheid (may be {@code null})
 * @param meetingIntervalMonths how often the statutes want a general meeting
 * @param invitationPeriodDays the invitation period of the statutes in days
 * @param lastGeneralMeeting the last general meeting held (may be {@code null})
 * @param nextGeneralMeeting the planned next general meeting (may be {@code null})
 * @param boardTerms board functions with a term end or a recent start
 * @param recordChecks people in youth work with the date of their Führungszeugnis
 * @param expiries qualifications with an expiry date
 */
public record ClubFacts(
    boolean sportsClub,
    boolean registered,
    LocalDate exemptionNoticeDate,
    int meetingIntervalMonths,
    int invitationPeriodDays,
    LocalDate lastGeneralMeeting,
    LocalDate nextGeneralMeeting,
    List<BoardTerm> boardTerms,
    List<RecordCheck> recordChecks,
    List<Expiry> expiries) {

  public ClubFacts {
    boardTerms = List.copyOf(boardTerms);
    recordChecks = List.copyOf(recordChecks);
    expiries = List.copyOf(expiries);
  }

  /** A board function (Vorstandsamt) of one member. */
  public record BoardTerm(
      long functionId,
      long memberId,
      String name,
      String function,
      boolean registerRelevant,
      LocalDate termStart,
      LocalDate termEnd) {}

  /** A person in youth work whose Führungszeugnis was inspected. */
  public record RecordCheck(long memberId, String name, LocalDate certificateDate) {}

  /** A qualification that expires. */
  public record Expiry(
      long qualificationId,
      long memberId,
      String name,
      String qualification,
      LocalDate expiresOn) {}
}
