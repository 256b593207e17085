package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.paperwork.TemplateService;
import de.heldenhelfer.reports.templates.InputField;
import de.heldenhelfer.reports.templates.MemberUse;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Filling a template: the inputs the template asks for (typed by kind), the member it is about, and
 * the buttons that create the PDF or docx. The document goes into the club's archive and is offered
 * for download; missing or unreadable values come back as German messages naming the field.
 */
@Named
@ViewScoped
public class TemplateFillPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TemplateService templates;
  @Inject MemberService members;
  @Inject GeneratedDocuments generated;

  private String code;
  private String copy;
  private String task;
  private TemplateService.Form form;
  private final Map<String, Object> values = new HashMap<>();
  private String memberChoice;
  private final Map<String, Long> memberIds = new LinkedHashMap<>();
  private GeneratedDocuments.Entry result;

  public void load() {
    form = templates.form(ref(), taskId());
    values.putAll(form.prefill());
    // yes/no fields are checkboxes: their defaults ("ja"/"nein") become booleans
    for (InputField f : form.inputs()) {
      if (f.type() == de.heldenhelfer.reports.templates.ValueType.YESNO) {
        Object v = values.get(f.key());
        values.put(
            f.key(),
            v != null
                && List.of("ja", "yes", "true").contains(String.valueOf(v).strip().toLowerCase()));
      }
    }
    if (form.prefillMemberId() != null) {
      Member m = members.find(form.prefillMemberId());
      memberChoice = label(m);
      memberIds.put(memberChoice, m.id());
    }
  }

  /** Member suggestions for the autocomplete (name or member number). */
  public List<String> completeMember(String query) {
    List<Member> found = members.page(MemberQuery.all().withSearch(query), 0, 10);
    List<String> labels = found.stream().map(TemplateFillPage::label).toList();
    for (Member m : found) {
      memberIds.put(label(m), m.id());
    }
    return labels;
  }

  public void pdf() {
    generate(TemplateService.Format.PDF);
  }

  public void docx() {
    generate(TemplateService.Format.DOCX);
  }

  private void generate(TemplateService.Format format) {
    try {
      Long memberId = null;
      if (form.memberUse() != MemberUse.NONE && memberChoice != null && !memberChoice.isBlank()) {
        memberId = memberIds.get(memberChoice);
        if (memberId == null) {
          Texts.error(new RuleViolationException("member", "template.member.unknown"));
          return;
        }
      }
      Map<String, String> raw = new HashMap<>();
      values.forEach((k, v) -> raw.put(k, v == null ? null : String.valueOf(v)));
      TemplateService.Generated g = templates.generate(ref(), memberId, raw, format);
      result = generated.keep(g);
      Texts.info("template.generated", g.fileName());
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  /** The input's kind, for the page's choice of field. */
  public String kind(InputField f) {
    return f.type().name();
  }

  private TemplateService.Ref ref() {
    if (copy != null && !copy.isBlank()) {
      try {
        return TemplateService.Ref.copy(Long.parseLong(copy.strip()));
      } catch (NumberFormatException e) {
        throw new NotFoundException();
      }
    }
    if (code == null || code.isBlank()) {
      throw new NotFoundException();
    }
    return TemplateService.Ref.central(code.strip());
  }

  private Long taskId() {
    try {
      return task == null || task.isBlank() ? null : Long.valueOf(task.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String label(Member m) {
    return m.fullName() + (m.memberNumber() == null ? "" : " (Nr. " + m.memberNumber() + ")");
  }

  public TemplateService.Form getForm() {
    return form;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public String getMemberChoice() {
    return memberChoice;
  }

  public void setMemberChoice(String memberChoice) {
    this.memberChoice = memberChoice;
  }

  public GeneratedDocuments.Entry getResult() {
    return result;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getCopy() {
    return copy;
  }

  public void setCopy(String copy) {
    this.copy = copy;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }
}
