package de.heldenhelfer.web.pages;

import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.club.ClubService;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.paperwork.TaskService;
import de.heldenhelfer.people.VolunteerService;
import de.heldenhelfer.platform.PlatformService;
import de.heldenhelfer.region.RegionService;
import de.heldenhelfer.security.Authorizer;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.DateConverter;
import de.heldenhelfer.web.faces.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard: one set of widgets per hat the person wears (club board, club member, volunteer,
 * region roles). Each widget loads lazily, only when the page asks for it.
 */
@Named("dashboard")
@RequestScoped
public class DashboardPage {
  @Inject Authorizer authorizer;
  @Inject ClubService clubs;
  @Inject MemberService members;
  @Inject RegionService region;
  @Inject VolunteerService volunteers;
  @Inject de.heldenhelfer.pool.VolunteerProfileService skillList;
  @Inject de.heldenhelfer.pool.PoolService pool;
  @Inject PlatformService platform;
  @Inject TaskService taskService;
  @Inject de.heldenhelfer.documents.DocumentService documentService;
  @Inject de.heldenhelfer.servicedesk.AnnouncementService announcementService;
  @Inject de.heldenhelfer.servicedesk.RequestService requestService;

  private transient List<de.heldenhelfer.servicedesk.AnnouncementService.ClubView> announcements;
  private transient List<de.heldenhelfer.servicedesk.RequestService.RequestRow> openRequests;

  /** The club's current announcements (read once per view). */
  private List<de.heldenhelfer.servicedesk.AnnouncementService.ClubView> announcements() {
    if (announcements == null) {
      announcements = announcementService.forClub();
    }
    return announcements;
  }

  public long getAnnouncementsUnread() {
    return announcements().stream().filter(a -> !a.read()).count();
  }

  /** The three newest unread announcements. */
  public List<de.heldenhelfer.servicedesk.AnnouncementService.ClubView> getUnreadAnnouncements() {
    return announcements().stream().filter(a -> !a.read()).limit(3).toList();
  }

  /** The club's requests that are not done, most recently changed first (at most five). */
  public List<de.heldenhelfer.servicedesk.RequestService.RequestRow> getOpenRequests() {
    if (openRequests == null) {
      openRequests =
          requestService.clubRequests().stream().filter(r -> r.status().active()).limit(5).toList();
    }
    return openRequests;
  }

  private ClubService.ClubProfile club;
  private List<ClubService.DepartmentSummary> departments;
  private Optional<Member> own;
  private Optional<VolunteerService.OwnProfile> volunteer;
  private RegionService.Overview overview;
  private List<RegionService.PendingClub> pending;
  private String testMailTo;
  private TaskService.Dashboard tasks;
  private List<de.heldenhelfer.documents.DocumentService.DocumentSummary> recentDocuments;
  private LocalDate meetingDate;

  public boolean isClubSelected() {
    return authorizer.can(Permission.CLUB_VIEW);
  }

  public boolean isBoard() {
    return authorizer.can(Permission.MEMBER_READ);
  }

  public boolean isRegion() {
    return authorizer.can(Permission.SERVICE_DESK)
        || authorizer.can(Permission.CLUB_VERIFY)
        || authorizer.can(Permission.STATISTICS)
        || authorizer.can(Permission.MATCHING)
        || authorizer.can(Permission.OPERATE);
  }

  public ClubService.ClubProfile getClub() {
    if (club == null) {
      club = clubs.currentClub();
    }
    return club;
  }

  public List<ClubService.DepartmentSummary> getDepartments() {
    if (departments == null) {
      departments = clubs.departments();
    }
    return departments;
  }

  public long getActiveMembers() {
    return members.count(new MemberQuery("", MemberStatus.ACTIVE, null, false));
  }

  public long getAllMembers() {
    return members.count(MemberQuery.all());
  }

  public Member getOwnMembership() {
    if (own == null) {
      own = members.ownMembership();
    }
    return own.orElse(null);
  }

  public VolunteerService.OwnProfile getVolunteerProfile() {
    if (volunteer == null) {
      volunteer = volunteers.ownProfile();
    }
    return volunteer.orElse(null);
  }

  /** The volunteer's skills as labels of the maintained list (free words as entered). */
  public String getVolunteerSkills() {
    VolunteerService.OwnProfile p = getVolunteerProfile();
    if (p == null) {
      return "";
    }
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    skillList
        .skills(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .forEach(k -> labels.put(k.code(), k.label()));
    return String.join(", ", p.skills().stream().map(k -> labels.getOrDefault(k, k)).toList());
  }

  /** The volunteer's next shifts (at most three). */
  public java.util.List<de.heldenhelfer.pool.PoolService.MySignUp> getNextShifts() {
    java.time.LocalDate today =
        java.time.LocalDate.now(de.heldenhelfer.membership.MemberService.ZONE);
    return pool.mySignUps().stream()
        .filter(u -> !u.day().isBefore(today) && u.status().holdsPlace())
        .limit(3)
        .toList();
  }

  public RegionService.Overview getOverview() {
    if (overview == null) {
      overview = region.overview();
    }
    return overview;
  }

  public List<Map.Entry<ClubKind, Long>> getClubsByKind() {
    return List.copyOf(getOverview().byKind().entrySet());
  }

  public List<RegionService.PendingClub> getPending() {
    if (pending == null) {
      pending = region.clubsAwaitingVerification();
    }
    return pending;
  }

  public void verify(long clubId, String name) {
    region.verify(clubId);
    pending = null;
    overview = null;
    Texts.info("dashboard.pending.verified", name);
  }

  public String getTestMailTo() {
    return testMailTo;
  }

  public void setTestMailTo(String testMailTo) {
    this.testMailTo = testMailTo;
  }

  /** Operator: sends a test mail through the platform's SMTP connection. */
  public void sendTestMail() {
    platform.sendTestMail(testMailTo);
    Texts.info("dashboard.operator.mailSent", testMailTo);
  }

  /** Whether the person sees the club's tasks and deadlines. */
  public boolean isTaskBoard() {
    return authorizer.can(Permission.TASK_READ);
  }

  public TaskService.Dashboard getTaskDashboard() {
    if (tasks == null) {
      tasks = taskService.dashboard();
    }
    return tasks;
  }

  /** Plans the next general meeting; the invitation and meeting tasks appear at once. */
  public void planMeeting() {
    try {
      taskService.planGeneralMeeting(meetingDate);
      tasks = null;
      Texts.info("dashboard.meeting.planned", DateConverter.format(meetingDate));
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public void setMeetingDate(LocalDate meetingDate) {
    this.meetingDate = meetingDate;
  }

  /** The documents filed last (generated from templates or uploaded), for the board. */
  public List<de.heldenhelfer.documents.DocumentService.DocumentSummary> getRecentDocuments() {
    if (recentDocuments == null) {
      recentDocuments =
          authorizer.can(Permission.DOCUMENT_READ) ? documentService.recent(5) : List.of();
    }
    return recentDocuments;
  }
}
