package de.heldenhelfer.pool;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks volunteers for a need, for the Freiwilligenagentur. Pure: no database, no clock.
 *
 * <p><b>Hard filters</b> (the candidate is never ranked):
 *
 * <ul>
 *   <li>younger than {@link NeedProfile#minAge()} on the first shift date (the birthday itself
 *       counts as reached); an unknown birth date fails any minimum age above 0;
 *   <li>a required qualification is missing or valid only until a day before the last shift date (a
 *       {@code null} validity means no expiry);
 *   <li>out of reach: the distance is above the volunteer's radius and the need's municipality
 *       (AGS) is neither the home municipality nor in the volunteer's reachable set.
 * </ul>
 *
 * <p><b>Score</b> (0 to 100, rounded), the sum of:
 *
 * <ul>
 *   <li>{@value #SKILL_POINTS} skills: share of the wanted skills found in the volunteer's skills;
 *       the need's category counts as one more wanted item, met when it is among the volunteer's
 *       interests. A need without wanted skills and category gives full points;
 *   <li>{@value #DISTANCE_POINTS} distance: full when the need's municipality is the home
 *       municipality or in the reachable set, otherwise falling linearly from full at 0 km to 0 at
 *       the volunteer's radius;
 *   <li>{@value #AVAILABILITY_POINTS} availability: mean {@link Availability#coverage coverage} of
 *       the shifts; unknown (empty) availability or a need without shifts gives half the points;
 *   <li>{@value #LOAD_POINTS} recent load: full for no shift in the last 90 days, minus a fifth per
 *       shift, 0 from {@value #LOAD_ZERO_AT} shifts.
 * </ul>
 *
 * Equal scores are ordered by lower recent load, then shorter distance, then volunteer id. Reasons
 * (German, English for an English locale) are built only for the returned suggestions. Skill and
 * interest codes are compared exactly as given; volunteers' codes are expected in lower case, the
 * need's wanted skills and category are lower-cased for comparing and shown as given.
 */
public final class Matching {
  /** Points for matching skills and interests. */
  public static final int SKILL_POINTS = 40;

  /** Points for being close. */
  public static final int DISTANCE_POINTS = 25;

  /** Points for being available at the shift times. */
  public static final int AVAILABILITY_POINTS = 25;

  /** Points for a low recent load. */
  public static final int LOAD_POINTS = 10;

  /** Number of recent shifts from which the load gives no points. */
  public static final int LOAD_ZERO_AT = 5;

  private static final double EARTH_RADIUS_KM = 6371.0088;

  private Matching() {}

  /**
   * A volunteer as seen by the matching.
   *
   * @param volunteerId id of the volunteer
   * @param displayName name shown to the agency
   * @param lat latitude of the home municipality
   * @param lon longitude of the home municipality
   * @param radiusKm how far the volunteer is willing to travel
   * @param reachableAgs municipality keys (AGS) the volunteer declared reachable
   * @param homeAgs AGS of the home municipality, may be {@code null}
   * @param birthDate birth date, {@code null} when unknown
   * @param skills skill codes or free tags, lower case
   * @param interests interest codes (categories) or free tags, lower case
   * @param qualifications qualification kind code → valid until ({@code null} value = no expiry)
   * @param availability weekly slots and dates
   * @param recentShifts shifts done or booked in the last 90 days
   */
  public record Candidate(
      long volunteerId,
      String displayName,
      double lat,
      double lon,
      int radiusKm,
      Set<String> reachableAgs,
      String homeAgs,
      LocalDate birthDate,
      Set<String> skills,
      Set<String> interests,
      Map<String, LocalDate> qualifications,
      Availability availability,
      int recentShifts) {
    /** Replaces {@code null} collections by empty ones. */
    public Candidate {
      reachableAgs = reachableAgs == null ? Set.of() : reachableAgs;
      skills = skills == null ? Set.of() : skills;
      interests = interests == null ? Set.of() : interests;
      qualifications = qualifications == null ? Map.of() : qualifications;
      availability = availability == null ? Availability.empty() : availability;
    }
  }

  /**
   * One shift of a need.
   *
   * @param date day of the shift
   * @param start start time
   * @param end end time; not after {@code start} means the next day
   */
  public record ShiftTime(LocalDate date, LocalTime start, LocalTime end) {
    /** Validates the shift. */
    public ShiftTime {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * What a need asks for.
   *
   * @param ags municipality key (AGS) of the place
   * @param lat latitude of the municipality
   * @param lon longitude of the municipality
   * @param category category code, may be {@code null}
   * @param wantedSkills wanted skill codes (shown as given in the reasons)
   * @param minAge minimum age on the first shift date, 0 for none
   * @param requiredQualifications qualification kind codes that are required
   * @param shifts the shifts
   */
  public record NeedProfile(
      String ags,
      double lat,
      double lon,
      String category,
      Set<String> wantedSkills,
      int minAge,
      Set<String> requiredQualifications,
      List<ShiftTime> shifts) {
    /** Replaces {@code null} collections by empty ones. */
    public NeedProfile {
      wantedSkills = wantedSkills == null ? Set.of() : wantedSkills;
      requiredQualifications = requiredQualifications == null ? Set.of() : requiredQualifications;
      shifts = shifts == null ? List.of() : List.copyOf(shifts);
    }
  }

  /**
   * A ranked volunteer.
   *
   * @param volunteerId id of the volunteer
   * @param displayName name of the volunteer
   * @param score 0 to 100
   * @param distanceKm great-circle distance between the municipalities
   * @param reasons sentences explaining the score
   */
  public record Suggestion(
      long volunteerId, String displayName, int score, double distanceKm, List<String> reasons) {
    /** Copies the reasons. */
    public Suggestion {
      reasons = List.copyOf(reasons);
    }
  }

  /** Great-circle distance in km between two points given in degrees (haversine formula). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double sinPhi = Math.sin(dPhi / 2);
    double sinLambda = Math.sin(dLambda / 2);
    double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }

  /** The need, prepared once per ranking. */
  private static final class PreparedNeed {
    final String ags;
    final double lat;
    final double lon;
    final String[] wantedDisplay;
    final String[] wantedKeys;
    final String category;
    final String categoryKey;
    final int minAge;
    final LocalDate ageCutoff;
    final String[] requiredQualifications;
    final LocalDate lastDate;
    final LocalDate[] shiftDates;
    final DayOfWeek[] shiftDays;
    final int[] shiftStarts;
    final int[] shiftEnds;

    PreparedNeed(NeedProfile need, LocalDate today) {
      ags = need.ags();
      lat = need.lat();
      lon = need.lon();
      int n = need.wantedSkills().size();
      wantedDisplay = new String[n];
      wantedKeys = new String[n];
      int i = 0;
      for (String s : need.wantedSkills()) {
        wantedDisplay[i] = s.strip();
        wantedKeys[i] = s.strip().toLowerCase(Locale.ROOT);
        i++;
      }
      category = need.category() == null || need.category().isBlank() ? null : need.category();
      categoryKey = category == null ? null : category.strip().toLowerCase(Locale.ROOT);
      minAge = need.minAge();
      requiredQualifications = need.requiredQualifications().toArray(new String[0]);
      List<ShiftTime> shifts = need.shifts();
      int s = shifts.size();
      shiftDates = new LocalDate[s];
      shiftDays = new DayOfWeek[s];
      shiftStarts = new int[s];
      shiftEnds = new int[s];
      LocalDate first = null;
      LocalDate last = null;
      for (int k = 0; k < s; k++) {
        ShiftTime st = shifts.get(k);
        shiftDates[k] = st.date();
        shiftDays[k] = st.date().getDayOfWeek();
        shiftStarts[k] = st.start().getHour() * 60 + st.start().getMinute();
        shiftEnds[k] = st.end().getHour() * 60 + st.end().getMinute();
        first = first == null || st.date().isBefore(first) ? st.date() : first;
        last = last == null || st.date().isAfter(last) ? st.date() : last;
      }
      LocalDate firstDate = first == null ? today : first;
      lastDate = last == null ? today : last;
      // born on or before this day = old enough on the first shift date
      ageCutoff = firstDate.minusYears(Math.max(0, minAge));
    }

    int wantedCount() {
      return wantedKeys.length + (categoryKey == null ? 0 : 1);
    }
  }

  /** Intermediate result of one candidate that passed the filters. */
  private static final class Scored {
    final Candidate candidate;
    final int score;
    final double distanceKm;
    final boolean reachableByAgs;
    final int matchedWanted;
    final boolean categoryMatched;
    final double coverage;

    Scored(
        Candidate candidate,
        int score,
        double distanceKm,
        boolean reachableByAgs,
        int matchedWanted,
        boolean categoryMatched,
        double coverage) {
      this.candidate = candidate;
      this.score = score;
      this.distanceKm = distanceKm;
      this.reachableByAgs = reachableByAgs;
      this.matchedWanted = matchedWanted;
      this.categoryMatched = categoryMatched;
      this.coverage = coverage;
    }
  }

  private static final Comparator<Scored> ORDER =
      (a, b) -> {
        int c = Integer.compare(b.score, a.score);
        if (c != 0) {
          return c;
        }
        c = Integer.compare(load(a.candidate), load(b.candidate));
        if (c != 0) {
          return c;
        }
        c = Double.compare(a.distanceKm, b.distanceKm);
        if (c != 0) {
          return c;
        }
        return Long.compare(a.candidate.volunteerId(), b.candidate.volunteerId());
      };

  private static int load(Candidate c) {
    return Math.max(0, c.recentShifts());
  }

  /**
   * The best {@code limit} volunteers for {@code need}, best first; volunteers failing a hard
   * filter are left out.
   *
   * @param need the need
   * @param candidates the volunteers to consider
   * @param today today, used for the age and qualification checks when the need has no shifts
   * @param limit maximum number of suggestions (0 or less gives none)
   * @param locale language of the reasons (English for an English locale, else German)
   */
  public static List<Suggestion> rank(
      NeedProfile need,
      Collection<Candidate> candidates,
      LocalDate today,
      int limit,
      Locale locale) {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(today, "today");
    if (limit <= 0 || candidates.isEmpty()) {
      return List.of();
    }
    PreparedNeed p = new PreparedNeed(need, today);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Scored s = score(p, c);
      if (s != null) {
        scored.add(s);
      }
    }
    scored.sort(ORDER);
    boolean english = locale != null && "en".equals(locale.getLanguage());
    int n = Math.min(limit, scored.size());
    List<Suggestion> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Scored s = scored.get(i);
      result.add(
          new Suggestion(
              s.candidate.volunteerId(),
              s.candidate.displayName(),
              s.score,
              s.distanceKm,
              reasons(p, s, english)));
    }
    return result;
  }

  /** Filters and scores one candidate; {@code null} when a hard filter excludes it. */
  private static Scored score(PreparedNeed p, Candidate c) {
    // age
    if (p.minAge > 0 && (c.birthDate() == null || c.birthDate().isAfter(p.ageCutoff))) {
      return null;
    }
    // qualifications
    if (p.requiredQualifications.length > 0) {
      Map<String, LocalDate> q = c.qualifications();
      for (String kind : p.requiredQualifications) {
        if (!q.containsKey(kind)) {
          return null;
        }
        LocalDate validUntil = q.get(kind);
        if (validUntil != null && validUntil.isBefore(p.lastDate)) {
          return null;
        }
      }
    }
    // reach
    double distance = distanceKm(c.lat(), c.lon(), p.lat, p.lon);
    boolean byAgs =
        p.ags != null && (p.ags.equals(c.homeAgs()) || c.reachableAgs().contains(p.ags));
    if (!byAgs && distance > c.radiusKm()) {
      return null;
    }

    // skills and interests
    int matched = 0;
    Set<String> skills = c.skills();
    for (String key : p.wantedKeys) {
      if (skills.contains(key)) {
        matched++;
      }
    }
    boolean categoryMatched = p.categoryKey != null && c.interests().contains(p.categoryKey);
    int wanted = p.wantedCount();
    double skillScore =
        wanted == 0
            ? SKILL_POINTS
            : SKILL_POINTS * (matched + (categoryMatched ? 1 : 0)) / (double) wanted;

    // distance
    double distanceScore;
    if (byAgs) {
      distanceScore = DISTANCE_POINTS;
    } else if (c.radiusKm() <= 0) {
      distanceScore = 0; // only reachable at distance 0
    } else {
      distanceScore = DISTANCE_POINTS * Math.max(0.0, 1.0 - distance / c.radiusKm());
    }

    // availability
    double coverage = -1;
    double availabilityScore;
    Availability a = c.availability();
    int shifts = p.shiftDates.length;
    if (shifts == 0 || a.isEmpty()) {
      availabilityScore = AVAILABILITY_POINTS / 2.0;
    } else {
      double sum = 0;
      for (int k = 0; k < shifts; k++) {
        sum += a.coverage(p.shiftDates[k], p.shiftDays[k], p.shiftStarts[k], p.shiftEnds[k]);
      }
      coverage = sum / shifts;
      availabilityScore = AVAILABILITY_POINTS * coverage;
    }

    // recent load
    int load = load(c);
    double loadScore =
        load >= LOAD_ZERO_AT ? 0 : LOAD_POINTS * (LOAD_ZERO_AT - load) / (double) LOAD_ZERO_AT;

    int total = (int) Math.round(skillScore + distanceScore + availabilityScore + loadScore);
    total = Math.max(0, Math.min(100, total));
    return new Scored(c, total, distance, byAgs, matched, categoryMatched, coverage);
  }

  private static List<String> reasons(PreparedNeed p, Scored s, boolean en) {
    List<String> reasons = new ArrayList<>(5);
    Candidate c = s.candidate;

    if (p.wantedKeys.length > 0) {
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < p.wantedKeys.length; i++) {
        if (c.skills().contains(p.wantedKeys[i])) {
          if (!names.isEmpty()) {
            names.append(", ");
          }
          names.append(p.wantedDisplay[i]);
        }
      }
      String ratio = " (" + s.matchedWanted + (en ? " of " : " von ") + p.wantedKeys.length + ")";
      if (s.matchedWanted == 0) {
        reasons.add(
            (en ? "None of the wanted skills" : "Keine der gewünschten Fähigkeiten") + ratio);
      } else {
        reasons.add((en ? "Matching skills: " : "Passende Fähigkeiten: ") + names + ratio);
      }
    }
    if (p.category != null && s.categoryMatched) {
      reasons.add(
          en
              ? "Interested in the area \u201c" + p.category + "\u201d"
              : "Interesse am Bereich \u201e" + p.category + "\u201c");
    }

    long km = Math.round(s.distanceKm);
    if (s.reachableByAgs && s.distanceKm > c.radiusKm()) {
      reasons.add(
          en
              ? km + " km away, municipality listed as reachable"
              : km + " km entfernt, Gemeinde als erreichbar angegeben");
    } else {
      reasons.add(
          en
              ? km + " km away (radius " + c.radiusKm() + " km)"
              : km + " km entfernt (Radius " + c.radiusKm() + " km)");
    }

    if (p.shiftDates.length == 0) {
      reasons.add(en ? "No shift times set yet" : "Noch keine Schichtzeiten festgelegt");
    } else if (s.coverage < 0) {
      reasons.add(
          en
              ? "Availability unknown (not given by the volunteer)"
              : "Verfügbarkeit unbekannt (nicht angegeben)");
    } else {
      long percent = Math.round(s.coverage * 100);
      reasons.add(
          en
              ? "Available for " + percent + " % of the shift times"
              : "Verfügbar zu " + percent + " % der Schichtzeiten");
    }

    int load = load(c);
    String count =
        en
            ? load + (load == 1 ? " shift" : " shifts") + " in 90 days"
            : load + (load == 1 ? " Einsatz" : " Einsätze") + " in 90 Tagen";
    if (load <= 1) {
      reasons.add((en ? "Little recent load (" : "Zuletzt wenig eingesetzt (") + count + ")");
    } else if (load >= LOAD_ZERO_AT) {
      reasons.add((en ? "Much recent load (" : "Zuletzt stark eingesetzt (") + count + ")");
    } else {
      reasons.add((en ? "Recent load: " : "Zuletzt eingesetzt: ") + count);
    }
    return reasons;
  }
}
