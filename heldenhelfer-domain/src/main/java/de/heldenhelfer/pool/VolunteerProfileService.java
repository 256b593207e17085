package de.heldenhelfer.pool;

import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.people.VolunteerProfile;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RequiresSignIn;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in person's volunteer profile in the pool: skills from the maintained list plus free
 * tags, interests (need categories), availability, reach, languages, qualifications with expiry,
 * birth date (for minimum ages) and who may see the profile.
 */
@ApplicationScoped
public class VolunteerProfileService {
  @Inject EntityManager em;
  @Inject Actor actor;

  Clock clock = Clock.system(MemberService.ZONE);

  /** One entry of the maintained skills list. */
  public record Skill(String code, String label) {}

  /** Everything the volunteer edits. */
  public record ProfileData(
      String homeAgs,
      LocalDate birthDate,
      int radiusKm,
      VolunteerProfile.Visibility visibility,
      List<String> skills,
      List<String> interests,
      List<String> tags,
      String availability,
      List<String> languages,
      List<String> reachAgs,
      String phone,
      Map<PoolQualification, LocalDate> qualifications) {}

  /** The maintained list of skills, labelled in {@code locale}. */
  @PublicOperation("the skill catalogue is public reference data (filter of the public need list)")
  @Transactional
  public List<Skill> skills(Locale locale) {
    return PoolSkill.labels(em, locale).entrySet().stream()
        .map(e -> new Skill(e.getKey(), e.getValue()))
        .toList();
  }

  /** The own profile, or empty when the person has not become a volunteer yet. */
  @RequiresSignIn
  @Transactional
  public Optional<ProfileData> profile() {
    long personId = actor.require().personId();
    return find(personId)
        .map(
            v -> {
              Map<PoolQualification, LocalDate> q = new EnumMap<>(PoolQualification.class);
              qualifications(personId).forEach(x -> q.put(x.kind(), x.validUntil()));
              return new ProfileData(
                  v.home().ags(),
                  v.birthDate(),
                  v.radiusKm(),
                  v.visibility(),
                  v.skills(),
                  v.interests(),
                  v.tags(),
                  v.availability(),
                  v.languages(),
                  v.reachAgs(),
                  v.phone(),
                  q);
            });
  }

  /** Creates or updates the own profile and its qualifications. */
  @RequiresSignIn
  @Transactional
  public void save(ProfileData d) {
    long personId = actor.require().personId();
    Municipality home = d.homeAgs() == null ? null : em.find(Municipality.class, d.homeAgs());
    if (home == null) {
      throw new RuleViolationException("home", "volunteer.homeRequired");
    }
    if (d.radiusKm() < 0 || d.radiusKm() > 100) {
      throw new RuleViolationException("radius", "volunteer.radiusRange");
    }
    LocalDate today = LocalDate.now(clock);
    if (d.birthDate() != null
        && (d.birthDate().isAfter(today.minusYears(6))
            || d.birthDate().isBefore(today.minusYears(110)))) {
      throw new RuleViolationException("birthDate", "volunteer.birthDateRange");
    }
    if (d.phone() != null && d.phone().length() > 50) {
      throw new RuleViolationException("phone", "volunteer.phoneTooLong");
    }
    List<String> reach = new ArrayList<>();
    for (String ags : d.reachAgs() == null ? List.<String>of() : d.reachAgs()) {
      if (em.find(Municipality.class, ags) != null) {
        reach.add(ags);
      }
    }
    String availability =
        d.availability() == null ? null : Availability.parse(d.availability()).encode();
    LocalDateTime now = LocalDateTime.now(clock);
    VolunteerProfile v =
        find(personId)
            .orElseGet(
                () -> {
                  VolunteerProfile created =
                      new VolunteerProfile(em.find(Person.class, personId), home, now);
                  em.persist(created);
                  return created;
                });
    v.update(
        home,
        d.birthDate(),
        d.radiusKm(),
        d.visibility() == null ? VolunteerProfile.Visibility.NOBODY : d.visibility(),
        d.skills(),
        d.interests(),
        d.tags(),
        availability == null || availability.isBlank() ? null : availability,
        d.languages(),
        reach,
        d.phone(),
        now);
    Map<PoolQualification, LocalDate> wanted =
        d.qualifications() == null ? Map.of() : d.qualifications();
    for (VolunteerQualification q : qualifications(personId)) {
      if (!wanted.containsKey(q.kind())) {
        em.remove(q);
      } else {
        q.extend(wanted.get(q.kind()));
      }
    }
    List<PoolQualification> held =
        qualifications(personId).stream().map(VolunteerQualification::kind).toList();
    wanted.forEach(
        (kind, until) -> {
          if (!held.contains(kind)) {
            em.persist(new VolunteerQualification(personId, kind, until));
          }
        });
  }

  private Optional<VolunteerProfile> find(long personId) {
    return em.createQuery(
            "SELECT v FROM VolunteerProfile v JOIN FETCH v.home WHERE v.person.id = :p",
            VolunteerProfile.class)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst();
  }

  private List<VolunteerQualification> qualifications(long personId) {
    return em.createQuery(
            "SELECT q FROM VolunteerQualification q WHERE q.personId = :p",
            VolunteerQualification.class)
        .setParameter("p", personId)
        .getResultList();
  }
}
