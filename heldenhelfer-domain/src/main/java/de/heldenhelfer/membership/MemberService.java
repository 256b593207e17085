package de.heldenhelfer.membership;

import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reads and changes the members of the current club. Tenancy confines every query to the club; the
 * permission annotations decide who may call.
 */
@ApplicationScoped
public class MemberService {
  @Inject EntityManager em;
  @Inject Actor actor;

  /** One member; a member of another club is "not found", never "forbidden". */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public Member find(long id) {
    Member m = em.find(Member.class, id);
    if (m == null) {
      throw new NotFoundException();
    }
    return m;
  }

  /** A page of the member list, filtered and sorted in the database. */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public List<Member> page(MemberQuery query, int first, int pageSize) {
    TypedQuery<Member> q =
        bind(
            em.createQuery(
                "SELECT m FROM Member m"
                    + where(query)
                    + " ORDER BY "
                    + query.sort().jpql(query.descending())
                    + ", m.id",
                Member.class),
            query);
    return q.setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(500, pageSize))
        .getResultList();
  }

  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public long count(MemberQuery query) {
    return bind(em.createQuery("SELECT COUNT(m) FROM Member m" + where(query), Long.class), query)
        .getSingleResult();
  }

  /** Changes phone and e-mail; refuses when somebody else saved the member in between. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member changeContact(long id, long expectedVersion, String phone, String email) {
    Member m = find(id);
    if (m.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    m.changeContact(phone, email);
    em.flush();
    return m;
  }

  /** The signed-in person's own membership in the current club, if any. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public Optional<Member> ownMembership() {
    return em.createQuery("SELECT m FROM Member m WHERE m.personId = :p", Member.class)
        .setParameter("p", actor.require().personId())
        .getResultStream()
        .findFirst();
  }

  private static String where(MemberQuery query) {
    StringBuilder sb = new StringBuilder(" WHERE 1 = 1");
    if (!query.search().isEmpty()) {
      sb.append(
          " AND (LOWER(m.lastName) LIKE :s OR LOWER(m.firstName) LIKE :s"
              + " OR LOWER(m.email) LIKE :s OR m.memberNumber LIKE :s)");
    }
    if (query.status() != null) {
      sb.append(" AND m.status = :status");
    }
    return sb.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, MemberQuery query) {
    if (!query.search().isEmpty()) {
      String escaped =
          query
              .search()
              .toLowerCase(java.util.Locale.ROOT)
              .replace("\\", "")
              .replace("%", "")
              .replace("_", "");
      q.setParameter("s", escaped + "%");
    }
    if (query.status() != null) {
      q.setParameter("status", query.status());
    }
    return q;
  }
}
