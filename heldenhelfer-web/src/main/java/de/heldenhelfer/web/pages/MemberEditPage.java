package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.Gender;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberDraft;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.membership.MembershipType;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Creates a member or changes one. The form binds a {@link MemberDraft}; Bean Validation gives
 * field messages at once, the entity's rules decide on save. A version taken when the form opened
 * makes a concurrent change fail instead of overwriting it.
 */
@Named
@ViewScoped
public class MemberEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberService members;

  private String id;
  private Long memberId;
  private long version;
  private MemberDraft draft;

  /** Loads the member named in the URL, or prepares a new one without an id. */
  public void load() {
    if (id == null || id.isBlank()) {
      draft = new MemberDraft();
      draft.setEntryDate(LocalDate.now(MemberService.ZONE));
      draft.setStatus(MemberStatus.ACTIVE);
      draft.setMembershipType(MembershipType.ADULT);
      draft.setGender(Gender.X);
      draft.setMemberNumber(members.nextMemberNumber());
      return;
    }
    try {
      memberId = Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
    Member m = members.find(memberId);
    version = m.version();
    draft = MemberDraft.of(m);
  }

  /** Saves and opens the member's page; a refused change stays in the form with a message. */
  public void save() throws IOException {
    Member saved;
    try {
      saved = memberId == null ? members.create(draft) : members.update(memberId, version, draft);
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
      return;
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().getFlash().setKeepMessages(true);
    Texts.info(memberId == null ? "member.created" : "member.saved", saved.fullName());
    fc.getExternalContext()
        .redirect(
            fc.getExternalContext().getRequestContextPath() + "/app/member.xhtml?id=" + saved.id());
  }

  public boolean isCreating() {
    return memberId == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public MemberDraft getDraft() {
    return draft;
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public MemberStatus[] getStatuses() {
    return MemberStatus.values();
  }

  public MembershipType[] getMembershipTypes() {
    return MembershipType.values();
  }
}
