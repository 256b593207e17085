package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One member with the contact form. The id comes from the URL and is checked by the service. */
@Named
@ViewScoped
public class MemberPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberService members;

  private String id;
  private long memberId;
  private long version;
  private MemberRow member;
  private String address;
  private String gender;
  private String phone;
  private String email;

  /** Loads the member named in the URL; an unknown or foreign id ends in the 404 page. */
  public void load() {
    memberId = requestedId();
    show(members.find(memberId));
  }

  /**
   * Saves the contact data. The id is the one in the request (a postback re-reads the URL's view
   * parameter), so a forged id reaches the service, which answers "not found" for other clubs.
   */
  public void save() {
    try {
      show(members.changeContact(requestedId(), version, phone, email));
      Texts.info("member.saved");
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e); // stays on the page with the input; "not found" goes to the 404 page
    }
  }

  private long requestedId() {
    try {
      return id == null ? memberId : Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private void show(Member m) {
    memberId = m.id();
    member = MemberRow.of(m);
    version = m.version();
    phone = m.phone();
    email = m.email();
    address = m.address() == null ? "" : m.address().toString();
    gender = m.gender().name();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** The loaded member; a page rendered without one (no view action ran) is a 404, never blank. */
  public MemberRow getMember() {
    if (member == null) {
      throw new NotFoundException();
    }
    return member;
  }

  public String getAddress() {
    return address;
  }

  public String getGender() {
    return gender;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
