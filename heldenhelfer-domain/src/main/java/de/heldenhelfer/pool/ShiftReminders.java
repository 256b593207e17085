package de.heldenhelfer.pool;

import de.heldenhelfer.membership.MemberService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds volunteers the day before their shift (hourly run; each shift is reminded once, marked on
 * the shift, so a restart or a second run never sends twice).
 */
@Singleton
public class ShiftReminders {
  private static final Logger LOG = Logger.getLogger(ShiftReminders.class.getName());

  @Inject EntityManager em;
  @Inject PoolMails mails;

  @Schedule(hour = "*", minute = "5", persistent = false, info = "shift reminders")
  public void hourly() {
    try {
      int sent = remindShiftsOn(LocalDate.now(MemberService.ZONE).plusDays(1));
      if (sent > 0) {
        LOG.info("shift reminders sent: " + sent);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "shift reminders failed", e);
    }
  }

  /** Sends the reminders for the shifts on {@code day} not yet reminded; returns the mail count. */
  public int remindShiftsOn(LocalDate day) {
    List<Shift> shifts =
        em.createQuery(
                "SELECT s FROM Shift s JOIN FETCH s.need n WHERE s.day = :d AND s.remindedAt IS NULL"
                    + " AND n.status = :open",
                Shift.class)
            .setParameter("d", day)
            .setParameter("open", Need.Status.OPEN)
            .getResultList();
    int sent = 0;
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE);
    for (Shift s : shifts) {
      for (SignUp u :
          em.createQuery(
                  "SELECT u FROM SignUp u JOIN FETCH u.person WHERE u.shift.id = :s"
                      + " AND u.status IN :held",
                  SignUp.class)
              .setParameter("s", s.id())
              .setParameter("held", List.of(SignUpStatus.PENDING, SignUpStatus.CONFIRMED))
              .getResultList()) {
        mails.reminder(u);
        sent++;
      }
      s.markReminded(now);
    }
    return sent;
  }
}
