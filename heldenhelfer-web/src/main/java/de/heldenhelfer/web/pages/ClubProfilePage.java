package de.heldenhelfer.web.pages;

import de.heldenhelfer.club.ClubService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The club's profile; the board edits contact and description. */
@Named
@ViewScoped
public class ClubProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClubService clubs;
  @Inject de.heldenhelfer.paperwork.TaskService tasks;
  @Inject de.heldenhelfer.security.Authorizer authorizer;

  private ClubService.ClubProfile profile;
  private String email;
  private String phone;
  private String website;
  private String purpose;
  private String description;
  private int meetingIntervalMonths;
  private int invitationPeriodDays;
  private java.time.LocalDate lastGeneralMeeting;
  private java.time.LocalDate nextGeneralMeeting;
  private int reminderDays;
  private String taxOffice;
  private String taxNumber;
  private java.time.LocalDate exemptionNoticeDate;

  @PostConstruct
  void init() {
    show(clubs.currentClub());
  }

  public void save() {
    try {
      clubs.changeProfile(profile.version(), email, phone, website, purpose, description);
      show(clubs.currentClub());
      Texts.info("club.saved");
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  /** Saves what the statutes say; the deadline tasks follow at once. */
  public void savePaperwork() {
    try {
      clubs.changePaperwork(
          profile.version(),
          new de.heldenhelfer.club.PaperworkSettings(
              meetingIntervalMonths,
              invitationPeriodDays,
              lastGeneralMeeting,
              nextGeneralMeeting,
              reminderDays,
              taxOffice,
              taxNumber,
              exemptionNoticeDate));
      if (authorizer.can(de.heldenhelfer.security.Permission.TASK_WRITE)) {
        tasks.syncRules();
      }
      show(clubs.currentClub());
      Texts.info("club.paperwork.saved");
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  private void show(ClubService.ClubProfile p) {
    profile = p;
    email = p.email();
    phone = p.phone();
    website = p.website();
    purpose = p.purpose();
    description = p.publicDescription();
    de.heldenhelfer.club.PaperworkSettings w = clubs.paperwork();
    meetingIntervalMonths = w.meetingIntervalMonths();
    invitationPeriodDays = w.invitationPeriodDays();
    lastGeneralMeeting = w.lastGeneralMeeting();
    nextGeneralMeeting = w.nextGeneralMeeting();
    reminderDays = w.reminderDays();
    taxOffice = w.taxOffice();
    taxNumber = w.taxNumber();
    exemptionNoticeDate = w.exemptionNoticeDate();
  }

  public ClubService.ClubProfile getProfile() {
    return profile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getMeetingIntervalMonths() {
    return meetingIntervalMonths;
  }

  public void setMeetingIntervalMonths(int meetingIntervalMonths) {
    this.meetingIntervalMonths = meetingIntervalMonths;
  }

  public int getInvitationPeriodDays() {
    return invitationPeriodDays;
  }

  public void setInvitationPeriodDays(int invitationPeriodDays) {
    this.invitationPeriodDays = invitationPeriodDays;
  }

  public java.time.LocalDate getLastGeneralMeeting() {
    return lastGeneralMeeting;
  }

  public void setLastGeneralMeeting(java.time.LocalDate lastGeneralMeeting) {
    this.lastGeneralMeeting = lastGeneralMeeting;
  }

  public java.time.LocalDate getNextGeneralMeeting() {
    return nextGeneralMeeting;
  }

  public void setNextGeneralMeeting(java.time.LocalDate nextGeneralMeeting) {
    this.nextGeneralMeeting = nextGeneralMeeting;
  }

  public int getReminderDays() {
    return reminderDays;
  }

  public void setReminderDays(int reminderDays) {
    this.reminderDays = reminderDays;
  }

  public String getTaxOffice() {
    return taxOffice;
  }

  public void setTaxOffice(String taxOffice) {
    this.taxOffice = taxOffice;
  }

  public String getTaxNumber() {
    return taxNumber;
  }

  public void setTaxNumber(String taxNumber) {
    this.taxNumber = taxNumber;
  }

  public java.time.LocalDate getExemptionNoticeDate() {
    return exemptionNoticeDate;
  }

  public void setExemptionNoticeDate(java.time.LocalDate exemptionNoticeDate) {
    this.exemptionNoticeDate = exemptionNoticeDate;
  }
}
