package de.heldenhelfer.paperwork;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberFunction;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.reports.templates.InputField;
import de.heldenhelfer.reports.templates.MemberUse;
import de.heldenhelfer.reports.templates.MissingValue;
import de.heldenhelfer.reports.templates.TemplateException;
import de.heldenhelfer.reports.templates.TemplateProblem;
import de.heldenhelfer.reports.templates.TemplateSource;
import de.heldenhelfer.reports.templates.TemplateValues;
import de.heldenhelfer.reports.templates.ValueType;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Authorizer;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The template library: the central templates of the service desk, the club's own copies, filling a
 * template with club, member and typed values into a PDF or docx, and the service desk's new
 * versions. Unknown placeholders are refused when a text is saved; missing values are reported by
 * their German labels before anything is generated.
 */
@ApplicationScoped
public class TemplateService {
  /** Most characters a template text may have. */
  static final int MAX_SOURCE = 100_000;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject Authorizer authorizer;
  @Inject DocumentService documents;

  /** Output formats. */
  public enum Format {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  /** A template to fill: a central one by code, or a club copy by id. */
  public record Ref(String code, Long copyId) {
    public static Ref central(String code) {
      return new Ref(code, null);
    }

    public static Ref copy(long id) {
      return new Ref(null, id);
    }
  }

  /** A central template as the club sees it. */
  public record CentralEntry(
      String code,
      String title,
      String category,
      String description,
      String legalBasis,
      int currentVersion,
      LocalDateTime updatedAt,
      Integer lastUsedVersion) {
    /** The club used an older version than the current one. */
    public boolean isNewerThanUsed() {
      return lastUsedVersion != null && lastUsedVersion < currentVersion;
    }
  }

  /** A club copy in the library list. */
  public record CopyEntry(
      long id,
      String title,
      String category,
      String basedOnCode,
      Integer basedOnVersion,
      int centralVersion,
      LocalDateTime updatedAt,
      String updatedBy) {
    public boolean isOutdated() {
      return basedOnVersion != null && centralVersion > basedOnVersion;
    }
  }

  /** The library: central templates and (with a club selected) the club's copies. */
  public record Library(List<CentralEntry> central, List<CopyEntry> copies) {}

  /** What the fill page shows. */
  public record Form(
      Ref ref,
      String title,
      String description,
      String legalBasis,
      String version,
      List<InputField> inputs,
      MemberUse memberUse,
      String memberLabel,
      boolean docx,
      Map<String, String> prefill,
      Long prefillMemberId) {}

  /** A generated document and its id in the club's archive. */
  public record Generated(String fileName, String mediaType, byte[] content, long documentId) {}

  /** One version of a central template. */
  public record VersionInfo(int number, String note, LocalDateTime createdAt, String createdBy) {}

  /** A central template with its current text and version history. */
  public record Central(
      String code, long version, String title, String source, List<VersionInfo> versions) {}

  // ------------------------------------------------------------------ library

  @RequiresPermission({Permission.TEMPLATE_USE, Permission.TEMPLATE_MANAGE})
  @Transactional
  public Library library() {
    List<Template> templates =
        em.createQuery("SELECT t FROM Template t ORDER BY t.category, t.title", Template.class)
            .getResultList();
    Map<Long, Integer> used = new HashMap<>();
    List<CopyEntry> copies = new ArrayList<>();
    if (tenant.clubId().isPresent() && authorizer.can(Permission.TEMPLATE_USE)) {
      for (TemplateUse u :
          em.createQuery("SELECT u FROM TemplateUse u", TemplateUse.class).getResultList()) {
        used.put(u.template().id(), u.lastVersion());
      }
      for (ClubTemplate c :
          em.createQuery(
                  "SELECT c FROM ClubTemplate c LEFT JOIN FETCH c.basedOn ORDER BY c.title",
                  ClubTemplate.class)
              .getResultList()) {
        copies.add(
            new CopyEntry(
                c.id(),
                c.title(),
                c.category(),
                c.basedOn() == null ? null : c.basedOn().code(),
                c.basedOnVersion(),
                c.basedOn() == null ? 0 : c.basedOn().currentVersion(),
                c.updatedAt(),
                c.updatedBy()));
      }
    }
    List<CentralEntry> central =
        templates.stream()
            .map(
                t ->
                    new CentralEntry(
                        t.code(),
                        t.title(),
                        t.category(),
                        t.description(),
                        t.legalBasis(),
                        t.currentVersion(),
                        t.updatedAt(),
                        used.get(t.id())))
            .toList();
    return new Library(central, copies);
  }

  /** A central template with its text and versions. */
  @RequiresPermission({Permission.TEMPLATE_USE, Permission.TEMPLATE_MANAGE})
  @Transactional
  public Central central(String code) {
    Template t = template(code);
    List<VersionInfo> versions =
        em
            .createQuery(
                "SELECT v FROM TemplateVersion v WHERE v.template = :t ORDER BY v.number DESC",
                TemplateVersion.class)
            .setParameter("t", t)
            .getResultList()
            .stream()
            .map(v -> new VersionInfo(v.number(), v.note(), v.createdAt(), v.createdBy()))
            .toList();
    return new Central(code, t.version(), t.title(), currentVersion(t).source(), versions);
  }

  /** The service desk saves a new version of a central template (checked first). */
  @RequiresPermission(Permission.TEMPLATE_MANAGE)
  @Transactional
  public int saveCentral(String code, long expectedVersion, String text, String note) {
    Template t = template(code);
    if (t.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    TemplateSource source = checked(text);
    if (currentVersion(t).source().equals(text)) {
      throw new RuleViolationException("source", "template.unchanged");
    }
    LocalDateTime now = now();
    t.describe(source.title(), source.category(), source.description(), source.legalBasis());
    int number = t.nextVersion(now);
    em.persist(new TemplateVersion(t, number, text, note, actorName(), now));
    flush();
    return number;
  }

  /** The service desk adds a new template to the library (version 1, checked first). */
  @RequiresPermission(Permission.TEMPLATE_MANAGE)
  @Transactional
  public Template createCentral(String code, String text) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    if (!c.matches("[a-z0-9][a-z0-9-]{2,79}")) {
      throw new RuleViolationException("code", "template.code.invalid");
    }
    boolean taken =
        !em.createQuery("SELECT t.id FROM Template t WHERE t.code = :c", Long.class)
            .setParameter("c", c)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new RuleViolationException("code", "template.code.taken", c);
    }
    TemplateSource source = checked(text);
    LocalDateTime now = now();
    Template t = new Template(c, now);
    t.describe(source.title(), source.category(), source.description(), source.legalBasis());
    em.persist(t);
    em.persist(new TemplateVersion(t, t.nextVersion(now), text, null, actorName(), now));
    flush();
    return t;
  }

  // ------------------------------------------------------------------ club copies

  /** Copies a central template into the club, to adapt it. */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public ClubTemplate copy(String code) {
    tenant.requireClubId();
    Template t = template(code);
    ClubTemplate c = new ClubTemplate(t, currentVersion(t), actorName(), now());
    em.persist(c);
    flush();
    return c;
  }

  /** One of the club's copies; another club's id is not found. */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public ClubTemplate clubTemplate(long id) {
    ClubTemplate c = em.find(ClubTemplate.class, id);
    if (c == null) {
      throw new NotFoundException();
    }
    if (c.basedOn() != null) {
      c.basedOn().code();
    }
    return c;
  }

  /** Saves the club's adapted text (checked first); refuses a stale version. */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public ClubTemplate saveCopy(long id, long expectedVersion, String text) {
    ClubTemplate c = loadCopy(id, expectedVersion);
    TemplateSource source = checked(text);
    c.change(source.title(), source.category(), text, actorName(), now());
    flush();
    return c;
  }

  /** Replaces the copy's text by the central template's current version. */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public ClubTemplate rebaseCopy(long id, long expectedVersion) {
    ClubTemplate c = loadCopy(id, expectedVersion);
    if (c.basedOn() == null) {
      throw new RuleViolationException("source", "template.copy.noBase");
    }
    c.rebase(currentVersion(c.basedOn()), actorName(), now());
    flush();
    return c;
  }

  /** Deletes a club copy. */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public void deleteCopy(long id, long expectedVersion) {
    em.remove(loadCopy(id, expectedVersion));
    flush();
  }

  // ------------------------------------------------------------------ filling

  /**
   * The fill form of a template. Coming from a task, the task's data is filled in: the meeting date
   * of a general-meeting task, the member of a Führungszeugnis task.
   */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public Form form(Ref ref, Long taskId) {
    Loaded l = load(ref);
    Map<String, String> prefill = new LinkedHashMap<>();
    for (InputField f : l.source().inputs()) {
      if (f.defaultValue() != null) {
        prefill.put(f.key(), f.defaultValue());
      }
    }
    Long memberId = null;
    if (taskId != null) {
      ClubTask task = em.find(ClubTask.class, taskId);
      if (task != null && task.ruleKey() != null) {
        String[] parts = task.ruleKey().split(":");
        if ((parts[0].equals("INVITATION") || parts[0].equals("MEETING")) && parts.length == 2) {
          LocalDate meeting = LocalDate.parse(parts[1]);
          l.source().inputs().stream()
              .filter(f -> f.type() == ValueType.DATE)
              .findFirst()
              .ifPresent(f -> prefill.put(f.key(), GermanDates.format(meeting)));
        } else if (parts[0].equals("RECORD") && parts.length == 3) {
          memberId = Long.valueOf(parts[1]);
        }
      }
    }
    TemplateSource s = l.source();
    return new Form(
        ref,
        s.title(),
        s.description(),
        s.legalBasis(),
        l.versionLabel(),
        s.inputs(),
        s.memberUse(),
        s.memberLabel(),
        s.docx(),
        prefill,
        memberId);
  }

  /**
   * Fills the template: the typed inputs are read by type, club and member values added, missing
   * values reported by label; then the document is rendered and stored in the club's archive
   * (category "Erzeugtes Dokument"). A central template's use is recorded, so that the club is told
   * about newer versions.
   */
  @RequiresPermission(Permission.TEMPLATE_USE)
  @Transactional
  public Generated generate(Ref ref, Long memberId, Map<String, String> inputs, Format format) {
    Loaded l = load(ref);
    TemplateSource s = l.source();
    if (format == Format.DOCX && !s.docx()) {
      throw new RuleViolationException("format", "template.noDocx");
    }
    Club club = em.find(Club.class, tenant.requireClubId());
    LocalDate today = LocalDate.now(MemberService.ZONE);
    Map<String, Object> values =
        new LinkedHashMap<>(Placeholders.club(club, officers(today), today));
    if (s.memberUse() != MemberUse.NONE) {
      if (memberId != null) {
        Member m = em.find(Member.class, memberId);
        if (m == null) {
          throw new NotFoundException();
        }
        values.putAll(Placeholders.member(m));
      } else if (s.memberUse() == MemberUse.REQUIRED) {
        throw new RuleViolationException(
            "member", "template.member.required", s.memberLabel() == null ? "" : s.memberLabel());
      }
    }
    values.putAll(InputValues.read(s.inputs(), inputs == null ? Map.of() : inputs));
    TemplateValues filled = TemplateValues.of(values);
    List<MissingValue> missing = s.missingValues(filled);
    if (!missing.isEmpty()) {
      throw new RuleViolationException("values", "template.missing", labels(s, missing));
    }
    byte[] content;
    try {
      content =
          format == Format.PDF ? s.toPdf(filled, Locale.GERMANY) : s.toDocx(filled, Locale.GERMANY);
    } catch (TemplateException e) {
      throw new RuleViolationException("source", "template.invalid", problems(e.problems()));
    }
    if (l.template() != null) {
      recordUse(l.template(), l.number());
    }
    String fileName = fileName(s.title(), today, format);
    DocumentService.StoredDocument stored =
        documents.storeGenerated(
            s.title() + " (" + GermanDates.format(today) + ")",
            fileName,
            format.mediaType(),
            content);
    return new Generated(fileName, format.mediaType(), content, stored.documentId());
  }

  // ------------------------------------------------------------------ internals

  private record Loaded(
      Template template, int number, TemplateSource source, String versionLabel) {}

  private Loaded load(Ref ref) {
    if (ref.copyId() != null) {
      ClubTemplate c = clubTemplate(ref.copyId());
      return new Loaded(null, 0, parse(c.source()), "eigene Fassung");
    }
    Template t = template(ref.code());
    TemplateVersion v = currentVersion(t);
    return new Loaded(t, v.number(), parse(v.source()), "Version " + v.number());
  }

  private static TemplateSource parse(String text) {
    try {
      return TemplateSource.parse(text);
    } catch (TemplateException e) {
      throw new RuleViolationException("source", "template.invalid", problems(e.problems()));
    }
  }

  /** Parses and checks a text: syntax and unknown placeholders. */
  static TemplateSource checked(String text) {
    if (text == null || text.isBlank()) {
      throw new RuleViolationException("source", "template.empty");
    }
    if (text.length() > MAX_SOURCE) {
      throw new RuleViolationException("source", "template.tooLong", MAX_SOURCE);
    }
    TemplateSource source = parse(text);
    List<TemplateProblem> problems = source.check(Placeholders.known());
    if (!problems.isEmpty()) {
      throw new RuleViolationException("source", "template.invalid", problems(problems));
    }
    return source;
  }

  static String problems(List<TemplateProblem> problems) {
    return problems.stream()
        .map(
            p ->
                (p.line() > 0 ? "Zeile " + p.line() + ": " : "") + p.message().text(Locale.GERMANY))
        .collect(Collectors.joining("; "));
  }

  private static String labels(TemplateSource s, List<MissingValue> missing) {
    Map<String, String> inputLabels =
        s.inputs().stream().collect(Collectors.toMap(InputField::placeholder, InputField::label));
    return missing.stream()
        .map(MissingValue::name)
        .distinct()
        .map(n -> inputLabels.getOrDefault(n, Placeholders.label(n, Locale.GERMANY)))
        .collect(Collectors.joining(", "));
  }

  private void recordUse(Template t, int number) {
    Optional<TemplateUse> use =
        em
            .createQuery("SELECT u FROM TemplateUse u WHERE u.template = :t", TemplateUse.class)
            .setParameter("t", t)
            .getResultList()
            .stream()
            .findFirst();
    if (use.isPresent()) {
      use.get().used(number, now());
    } else {
      em.persist(new TemplateUse(t, number, now()));
    }
  }

  private List<Placeholders.OfficeHolder> officers(LocalDate today) {
    return em
        .createQuery(
            "SELECT f FROM MemberFunction f JOIN FETCH f.member m WHERE f.termStart <= :today"
                + " AND (f.termEnd IS NULL OR f.termEnd > :today) ORDER BY f.kind, m.lastName",
            MemberFunction.class)
        .setParameter("today", today)
        .getResultList()
        .stream()
        .map(
            f ->
                new Placeholders.OfficeHolder(
                    f.kind(),
                    f.title() != null ? f.title() : f.kind().label(Locale.GERMANY),
                    f.member().fullName()))
        .toList();
  }

  private Template template(String code) {
    return em
        .createQuery("SELECT t FROM Template t WHERE t.code = :c", Template.class)
        .setParameter("c", code)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private TemplateVersion currentVersion(Template t) {
    return em
        .createQuery(
            "SELECT v FROM TemplateVersion v WHERE v.template = :t AND v.number = :n",
            TemplateVersion.class)
        .setParameter("t", t)
        .setParameter("n", t.currentVersion())
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private ClubTemplate loadCopy(long id, long expectedVersion) {
    ClubTemplate c = clubTemplate(id);
    if (c.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    return c;
  }

  static String fileName(String title, LocalDate day, Format format) {
    String base = title == null ? "Dokument" : title.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
    if (base.isEmpty()) {
      base = "Dokument";
    }
    if (base.length() > 80) {
      base = base.substring(0, 80).strip();
    }
    return base + " " + day + format.extension();
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException();
    }
  }

  private String actorName() {
    return actor.require().displayName();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(MemberService.ZONE);
  }
}
