package de.heldenhelfer.pool;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.VolunteerProfile;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The club's side of the pool: posting needs with shifts, deciding on sign-ups, confirming
 * attendance and hours. Every need, shift and sign-up is checked to belong to the request's club;
 * another club's ids are "not found" (ADR 0012). The club sees a volunteer's contact data only
 * through a sign-up for one of its own needs.
 */
@ApplicationScoped
public class ClubNeedService {
  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject PoolService pool;
  @Inject PoolMails mails;

  Clock clock = Clock.system(MemberService.ZONE);

  /** One of the club's needs in its list. */
  public record ClubNeedRow(
      long id,
      String title,
      NeedVisibility visibility,
      Need.Status status,
      LocalDate firstDay,
      LocalDate lastDay,
      int shifts,
      int capacity,
      int booked,
      int pending,
      int waiting) {}

  /** A sign-up as the club sees it, with the volunteer's contact data. */
  public record SignUpRow(
      long id,
      long shiftId,
      String name,
      String email,
      String phone,
      SignUpStatus status,
      LocalDateTime createdAt,
      Double hours,
      String hoursConfirmedBy,
      boolean viaAgency) {}

  /** The club's needs, upcoming and recent first. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public List<ClubNeedRow> needs() {
    long club = tenant.requireClubId();
    List<Object[]> rows =
        em.createQuery(
                "SELECT n.id, n.title, n.visibility, n.status, MIN(s.day), MAX(s.day), COUNT(s.id),"
                    + " SUM(s.capacity), SUM(s.booked) FROM Need n LEFT JOIN n.shifts s"
                    + " WHERE n.clubId = :c GROUP BY n.id, n.title, n.visibility, n.status"
                    + " ORDER BY MAX(s.day) DESC, n.id DESC",
                Object[].class)
            .setParameter("c", club)
            .setMaxResults(500)
            .getResultList();
    Map<Long, int[]> counts = new HashMap<>();
    em.createQuery(
            "SELECT u.needId, u.status, COUNT(u) FROM SignUp u WHERE u.clubId = :c"
                + " AND u.status IN :s GROUP BY u.needId, u.status",
            Object[].class)
        .setParameter("c", club)
        .setParameter("s", List.of(SignUpStatus.PENDING, SignUpStatus.WAITING))
        .getResultList()
        .forEach(
            r -> {
              int[] c = counts.computeIfAbsent((Long) r[0], k -> new int[2]);
              c[r[1] == SignUpStatus.PENDING ? 0 : 1] = ((Number) r[2]).intValue();
            });
    List<ClubNeedRow> result = new ArrayList<>();
    for (Object[] r : rows) {
      int[] c = counts.getOrDefault((Long) r[0], new int[2]);
      result.add(
          new ClubNeedRow(
              (Long) r[0],
              (String) r[1],
              (NeedVisibility) r[2],
              (Need.Status) r[3],
              (LocalDate) r[4],
              (LocalDate) r[5],
              ((Number) r[6]).intValue(),
              r[7] == null ? 0 : ((Number) r[7]).intValue(),
              r[8] == null ? 0 : ((Number) r[8]).intValue(),
              c[0],
              c[1]));
    }
    return result;
  }

  /** Posts a need with its first shifts. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public Need create(NeedDraft draft, List<ShiftDraft> shifts) {
    if (shifts == null || shifts.isEmpty()) {
      throw new RuleViolationException("shifts", "need.shiftRequired");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Club club = em.find(Club.class, tenant.requireClubId());
    Need need = new Need(club, actor.require().personId(), now);
    need.describe(draft, municipality(draft.ags()), now);
    for (ShiftDraft s : shifts) {
      checkNotPast(s, now);
      need.addShift(s);
    }
    em.persist(need);
    em.flush();
    return need;
  }

  /** Changes a need's description and rules; refused when someone else changed it meanwhile. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public void update(long needId, long version, NeedDraft draft) {
    Need need = own(needId);
    if (need.version() != version) {
      throw new ConcurrentChangeException();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    need.describe(draft, municipality(draft.ags()), now);
  }

  /** Adds a shift to one of the club's needs. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public Shift addShift(long needId, ShiftDraft draft) {
    Need need = own(needId);
    checkNotPast(draft, LocalDateTime.now(clock));
    Shift s = need.addShift(draft);
    em.flush();
    return s;
  }

  /** Changes a shift's times, places or tasks (places never below those taken). */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public void changeShift(long shiftId, ShiftDraft draft) {
    Shift shift = ownShift(shiftId, true);
    shift.change(draft);
    pool.moveUpFromWaitingList(shift);
  }

  /** Closes a need for new sign-ups (existing ones stay) or opens it again. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public void setOpen(long needId, boolean open) {
    Need need = own(needId);
    LocalDateTime now = LocalDateTime.now(clock);
    if (open) {
      need.reopen(now);
    } else {
      need.close(now);
    }
  }

  /** One of the club's needs with its shifts. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public PoolService.NeedView need(long needId) {
    return pool.view(own(needId), null);
  }

  /** The sign-ups for one of the club's needs, with the volunteers' contact data. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public List<SignUpRow> signUps(long needId) {
    own(needId);
    List<SignUp> rows =
        em.createQuery(
                "SELECT u FROM SignUp u JOIN FETCH u.person WHERE u.needId = :n AND u.clubId = :c"
                    + " ORDER BY u.createdAt, u.id",
                SignUp.class)
            .setParameter("n", needId)
            .setParameter("c", tenant.requireClubId())
            .getResultList();
    Map<Long, String> phones = new HashMap<>();
    if (!rows.isEmpty()) {
      em.createQuery(
              "SELECT v FROM VolunteerProfile v WHERE v.person.id IN :p", VolunteerProfile.class)
          .setParameter("p", rows.stream().map(u -> u.person().id()).distinct().toList())
          .getResultList()
          .forEach(v -> phones.put(v.person().id(), v.phone()));
    }
    return rows.stream()
        .map(
            u ->
                new SignUpRow(
                    u.id(),
                    u.shift().id(),
                    u.person().displayName(),
                    u.person().email(),
                    phones.get(u.person().id()),
                    u.status(),
                    u.createdAt(),
                    u.hours(),
                    u.hoursConfirmedBy(),
                    u.proposalId() != null))
        .toList();
  }

  /** Confirms a pending sign-up; the volunteer gets an e-mail. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public void confirm(long signUpId) {
    SignUp u = ownSignUp(signUpId);
    u.confirm(actor.require().displayName(), LocalDateTime.now(clock));
    mails.confirmed(u);
  }

  /** Declines a sign-up; its place goes to the first on the waiting list. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public void decline(long signUpId) {
    SignUp u = ownSignUp(signUpId);
    Shift shift = ownShift(u.shift().id(), true);
    em.refresh(u);
    boolean held = u.status().holdsPlace();
    u.decline(actor.require().displayName(), LocalDateTime.now(clock));
    if (held) {
      shift.release();
    }
    mails.declined(u);
    pool.moveUpFromWaitingList(shift);
  }

  /**
   * Confirms attendance and hours after a shift has begun: {@code hours} maps sign-up ids to hours
   * (0 = did not come). Ids not holding a place in this shift are refused as a whole.
   */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public int recordHours(long shiftId, Map<Long, Double> hours) {
    Shift shift = ownShift(shiftId, false);
    LocalDateTime now = LocalDateTime.now(clock);
    if (shift.startsAt().isAfter(now)) {
      throw new RuleViolationException("hours", "signUp.hoursBeforeShift");
    }
    Map<Long, SignUp> held = new HashMap<>();
    for (SignUp u : holding(shift)) {
      held.put(u.id(), u);
    }
    String by = actor.require().displayName();
    int n = 0;
    for (Map.Entry<Long, Double> e : hours.entrySet()) {
      SignUp u = held.get(e.getKey());
      if (u == null) {
        throw new NotFoundException();
      }
      if (e.getValue() == null) {
        continue;
      }
      u.recordHours(e.getValue(), by, now);
      n++;
    }
    return n;
  }

  /** Bulk: everyone holding a place in the shift attended for the shift's full length. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public int confirmAllAttended(long shiftId) {
    Shift shift = ownShift(shiftId, false);
    Map<Long, Double> hours = new HashMap<>();
    for (SignUp u : holding(shift)) {
      if (u.hoursConfirmedAt() == null) {
        hours.put(u.id(), shift.hours());
      }
    }
    return recordHours(shiftId, hours);
  }

  private List<SignUp> holding(Shift shift) {
    return em.createQuery(
            "SELECT u FROM SignUp u WHERE u.shift.id = :s AND u.status IN :h", SignUp.class)
        .setParameter("s", shift.id())
        .setParameter("h", SignUpStatus.HOLDING)
        .getResultList();
  }

  private static void checkNotPast(ShiftDraft s, LocalDateTime now) {
    if (s.day() != null && s.start() != null && !s.day().atTime(s.start()).isAfter(now)) {
      throw new RuleViolationException("day", "shift.inPast");
    }
  }

  private Municipality municipality(String ags) {
    Municipality m = ags == null ? null : em.find(Municipality.class, ags);
    if (m == null) {
      throw new RuleViolationException("ags", "need.municipalityRequired");
    }
    return m;
  }

  Need own(long needId) {
    Need need = em.find(Need.class, needId);
    if (need == null || need.clubId() != tenant.requireClubId()) {
      throw new NotFoundException();
    }
    return need;
  }

  private Shift ownShift(long shiftId, boolean lock) {
    Shift shift =
        lock
            ? em.find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Shift.class, shiftId);
    if (shift == null || shift.clubId() != tenant.requireClubId()) {
      throw new NotFoundException();
    }
    return shift;
  }

  private SignUp ownSignUp(long signUpId) {
    SignUp u = em.find(SignUp.class, signUpId);
    if (u == null || u.clubId() != tenant.requireClubId()) {
      throw new NotFoundException();
    }
    return u;
  }
}
