package de.heldenhelfer.pool;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutual help between clubs: a club asks another for helpers for one of its needs; an accepted
 * request makes the two partners (each sees the other's partner needs). Both sides see the
 * requests, the answers and the hours each club's people gave the other.
 */
@ApplicationScoped
public class PartnerService {
  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject ClubNeedService needs;
  @Inject PoolMails mails;

  Clock clock = Clock.system(MemberService.ZONE);

  /** A club that can be asked. */
  public record ClubChoice(long id, String name, String municipality) {}

  /** A request as one of the two clubs sees it. */
  public record RequestRow(
      long id,
      boolean outgoing,
      String otherClub,
      long needId,
      String needTitle,
      int helpers,
      String message,
      PartnerRequest.Status status,
      String answer,
      String createdBy,
      LocalDateTime createdAt,
      LocalDateTime answeredAt,
      double hoursGiven) {}

  /** Hours the people of a partner club gave us and we gave them. */
  public record Balance(
      long partnerId, String partner, LocalDate since, double received, double given) {}

  /** Verified clubs other than the own one, by name. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public List<ClubChoice> clubsToAsk() {
    return em
        .createQuery(
            "SELECT c.id, c.name, m.name FROM Club c JOIN c.municipality m"
                + " WHERE c.id <> :me AND c.verified = TRUE ORDER BY c.name",
            Object[].class)
        .setParameter("me", tenant.requireClubId())
        .getResultList()
        .stream()
        .map(r -> new ClubChoice((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  /**
   * Asks club {@code toClubId} for helpers for one of the own needs. A club-internal need becomes
   * visible to partner clubs, so that the partner's people can find it once the request is
   * accepted.
   */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public PartnerRequest ask(long needId, long toClubId, int helpers, String message) {
    Need need = needs.own(needId);
    long me = tenant.requireClubId();
    Club to = em.find(Club.class, toClubId);
    if (to == null || toClubId == me || !to.isVerified()) {
      throw new RuleViolationException("club", "partnerRequest.clubUnknown");
    }
    if (need.visibility() == NeedVisibility.CLUB) {
      need.widenToPartners(LocalDateTime.now(clock));
    }
    PartnerRequest r =
        new PartnerRequest(
            need.club(),
            to,
            need,
            helpers,
            message,
            actor.require().displayName(),
            LocalDateTime.now(clock));
    em.persist(r);
    mails.partnerAsked(r, to);
    return r;
  }

  /** Answers a request addressed to the own club; accepting makes the two clubs partners. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public void answer(long requestId, boolean accept, String answer) {
    PartnerRequest r = em.find(PartnerRequest.class, requestId);
    long me = tenant.requireClubId();
    if (r == null || r.toClub().id() != me) {
      throw new NotFoundException();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    r.answer(accept, answer, actor.require().displayName(), now);
    if (accept) {
      long from = r.fromClub().id();
      partner(from, me, now.toLocalDate());
      partner(me, from, now.toLocalDate());
    }
    mails.partnerAnswered(r);
  }

  private void partner(long club, long partner, LocalDate since) {
    if (em.find(ClubPartner.class, new ClubPartner.Key(club, partner)) == null) {
      em.persist(new ClubPartner(club, partner, since));
    }
  }

  /** Requests the own club sent or received, newest first. */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public List<RequestRow> requests() {
    long me = tenant.requireClubId();
    List<PartnerRequest> rows =
        em.createQuery(
                "SELECT r FROM PartnerRequest r JOIN FETCH r.need JOIN FETCH r.fromClub"
                    + " JOIN FETCH r.toClub WHERE r.fromClub.id = :me OR r.toClub.id = :me"
                    + " ORDER BY r.createdAt DESC, r.id DESC",
                PartnerRequest.class)
            .setParameter("me", me)
            .setMaxResults(500)
            .getResultList();
    List<RequestRow> result = new ArrayList<>();
    for (PartnerRequest r : rows) {
      boolean outgoing = r.fromClub().id() == me;
      Club helper = r.toClub();
      result.add(
          new RequestRow(
              r.id(),
              outgoing,
              outgoing ? r.toClub().name() : r.fromClub().name(),
              r.need().id(),
              r.need().title(),
              r.helpers(),
              r.message(),
              r.status(),
              r.answer(),
              r.createdBy(),
              r.createdAt(),
              r.answeredAt(),
              hours(r.need().clubId(), helper.id(), r.need().id())));
    }
    return result;
  }

  /**
   * For each partner club: hours its people gave the own club and the own club's people gave it.
   */
  @RequiresPermission(Permission.NEED_MANAGE)
  @Transactional
  public List<Balance> balances() {
    long me = tenant.requireClubId();
    List<Object[]> partners =
        em.createQuery(
                "SELECT p.partnerId, c.name, p.since FROM ClubPartner p, Club c"
                    + " WHERE p.clubId = :me AND c.id = p.partnerId ORDER BY c.name",
                Object[].class)
            .setParameter("me", me)
            .getResultList();
    List<Balance> result = new ArrayList<>();
    for (Object[] p : partners) {
      long partner = (Long) p[0];
      result.add(
          new Balance(
              partner,
              (String) p[1],
              (LocalDate) p[2],
              hours(me, partner, null),
              hours(partner, me, null)));
    }
    return result;
  }

  /**
   * Confirmed hours at {@code atClub} given by people who hold a role in {@code helperClub},
   * optionally for one need only.
   */
  private double hours(long atClub, long helperClub, Long needId) {
    jakarta.persistence.TypedQuery<Number> q =
        em.createQuery(
                "SELECT SUM(u.hours) FROM SignUp u WHERE u.clubId = :at AND u.status = :attended"
                    + (needId == null ? "" : " AND u.needId = :need")
                    + " AND EXISTS (SELECT r FROM ClubRoleAssignment r WHERE r.person = u.person"
                    + " AND r.club.id = :helper)",
                Number.class)
            .setParameter("at", atClub)
            .setParameter("attended", SignUpStatus.ATTENDED)
            .setParameter("helper", helperClub);
    if (needId != null) {
      q.setParameter("need", needId);
    }
    Number sum = q.getSingleResult();
    return sum == null ? 0 : sum.doubleValue();
  }
}
