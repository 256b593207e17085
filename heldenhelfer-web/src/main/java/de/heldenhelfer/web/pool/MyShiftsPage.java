package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.EngagementService;
import de.heldenhelfer.pool.PoolCalendarService;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The volunteer's own engagement: upcoming and past shifts (cancel while allowed), the record of
 * confirmed hours across clubs with the Ehrenamtskarte pre-check and the certificate download, and
 * the personal calendar feed.
 */
@Named
@ViewScoped
public class MyShiftsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PoolService pool;
  @Inject EngagementService engagement;
  @Inject PoolCalendarService calendar;

  private LocalDate from = LocalDate.now().withDayOfYear(1);
  private LocalDate to = LocalDate.now();
  private String feedUrl;
  private transient List<PoolService.MySignUp> signUps;
  private transient EngagementService.Record record;

  public void cancel(long signUpId) {
    try {
      pool.cancel(signUpId);
      Texts.info("need.cancelled");
    } catch (DomainException e) {
      Texts.error(e);
    }
    signUps = null;
  }

  public void showRecord() {
    record = null;
    try {
      getRecord();
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public void renewFeed() {
    feedUrl = calendar.renewFeed();
    Texts.info("tasks.feed.renewed");
  }

  public void deleteFeed() {
    calendar.deleteFeed();
    feedUrl = null;
    Texts.info("tasks.feed.deleted");
  }

  public LocalDateTime getFeedCreatedAt() {
    return calendar.feedCreatedAt().orElse(null);
  }

  public List<PoolService.MySignUp> getSignUps() {
    if (signUps == null) {
      signUps = pool.mySignUps();
    }
    return signUps;
  }

  public EngagementService.Record getRecord() {
    if (record == null) {
      record =
          engagement.record(from, to, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return record;
  }

  public String getCertificateQuery() {
    return "from=" + (from == null ? "" : from) + "&to=" + (to == null ? "" : to);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getFeedUrl() {
    return feedUrl;
  }
}
