package de.heldenhelfer.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.shared.RuleViolationException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeskRequestTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 9, 0);

  private static DeskRequest request() {
    return new DeskRequest(
        new Club() {},
        RequestCategory.FUNDING,
        "  Zuschuss für neue Tore  ",
        7,
        "Sabine Kraus",
        "Wie beantragen wir den Zuschuss?",
        T0);
  }

  @Test
  void aNewRequestIsOpenWithItsFirstMessageAndHistory() {
    DeskRequest r = request();
    assertEquals(RequestStatus.OPEN, r.status());
    assertEquals("Zuschuss für neue Tore", r.subject());
    assertEquals(1, r.messages().size());
    assertEquals(List.of(DeskEvent.Kind.OPENED), kinds(r));
  }

  @Test
  void theDesksFirstAnswerPutsItInProgress() {
    DeskRequest r = request();
    r.replyByDesk(9, "Petra Desk", "Bitte Kostenplan schicken.", null, T0.plusHours(1));
    assertEquals(RequestStatus.IN_PROGRESS, r.status());
    assertEquals(
        List.of(DeskEvent.Kind.OPENED, DeskEvent.Kind.REPLIED_DESK, DeskEvent.Kind.STATUS),
        kinds(r));
    assertEquals("IN_PROGRESS", r.events().get(2).detail());
    assertEquals("Petra Desk", r.events().get(2).actorName());
  }

  @Test
  void waitingForTheClubEndsWhenTheClubAnswersAndDoneIsReopenedByAnAnswer() {
    DeskRequest r = request();
    r.replyByDesk(9, "Desk", "Was genau?", RequestStatus.WAITING_FOR_CLUB, T0.plusHours(1));
    assertEquals(RequestStatus.WAITING_FOR_CLUB, r.status());
    r.replyByClub(7, "Sabine Kraus", "Zwei Tore.", T0.plusHours(2));
    assertEquals(RequestStatus.IN_PROGRESS, r.status());
    r.changeStatus(RequestStatus.DONE, "Desk", T0.plusHours(3));
    assertNotNull(r.closedAt());
    r.replyByClub(7, "Sabine Kraus", "Noch eine Frage.", T0.plusHours(4));
    assertEquals(RequestStatus.OPEN, r.status());
    assertNull(r.closedAt());
    assertEquals(DeskEvent.Kind.REOPENED, r.events().get(r.events().size() - 1).kind());
  }

  @Test
  void invalidStepsAreRefusedWithAReasonAndChangeNothing() {
    DeskRequest r = request();
    r.changeStatus(RequestStatus.IN_PROGRESS, "Desk", T0.plusHours(1));
    RuleViolationException back =
        assertThrows(
            RuleViolationException.class,
            () -> r.changeStatus(RequestStatus.OPEN, "Desk", T0.plusHours(2)));
    assertEquals("request.status.invalid", back.messageKey());
    RuleViolationException same =
        assertThrows(
            RuleViolationException.class,
            () -> r.changeStatus(RequestStatus.IN_PROGRESS, "Desk", T0.plusHours(2)));
    assertEquals("request.status.same", same.messageKey());
    RuleViolationException reopen =
        assertThrows(RuleViolationException.class, () -> r.reopenByClub("Sabine", T0));
    assertEquals("request.reopen.notDone", reopen.messageKey());
    int events = r.events().size();
    assertThrows(
        RuleViolationException.class,
        () -> r.replyByDesk(9, "Desk", "x", RequestStatus.OPEN, T0.plusHours(3)));
    assertEquals(events, r.events().size(), "a refused reply leaves no trace");
    assertEquals(1, r.messages().size());
    assertEquals(RequestStatus.IN_PROGRESS, r.status());
  }

  @Test
  void theDeskMayReopenOnlyFinishedRequests() {
    assertEquals(EnumSet.of(RequestStatus.IN_PROGRESS), RequestStatus.DONE.deskMayMoveTo());
    for (RequestStatus s : RequestStatus.values()) {
      assertEquals(false, s.deskMayMoveTo().contains(RequestStatus.OPEN), s.name());
    }
  }

  @Test
  void blankOrOverlongInputIsRefused() {
    assertEquals(
        "request.subject.required",
        assertThrows(
                RuleViolationException.class,
                () ->
                    new DeskRequest(new Club() {}, RequestCategory.OTHER, "  ", 7, "S", "Text", T0))
            .messageKey());
    assertEquals(
        "request.message.tooLong",
        assertThrows(
                RuleViolationException.class,
                () ->
                    new DeskRequest(
                        new Club() {},
                        RequestCategory.OTHER,
                        "Betreff",
                        7,
                        "S",
                        "x".repeat(DeskRequest.BODY_MAX + 1),
                        T0))
            .messageKey());
    assertEquals(
        "request.category.required",
        assertThrows(
                RuleViolationException.class,
                () -> new DeskRequest(new Club() {}, null, "Betreff", 7, "S", "Text", T0))
            .messageKey());
  }

  @Test
  void anAudienceWithReversedMemberBoundsIsRefusedAndEncodesStably() {
    assertEquals(
        "audience.members.reversed",
        assertThrows(RuleViolationException.class, () -> new Audience(null, null, null, 500, 50))
            .messageKey());
    Audience a =
        new Audience(
            Set.of("09679147", "09663000"), Set.of(ClubKind.SPORT), Set.of(3, 1), 50, null);
    assertEquals("ags=09663000,09679147;kinds=SPORT;sports=1,3;min=50;max=", a.encode());
    assertEquals(true, Audience.everyone().isEveryone());
  }

  private static List<DeskEvent.Kind> kinds(DeskRequest r) {
    return r.events().stream().map(DeskEvent::kind).toList();
  }
}
