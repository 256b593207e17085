package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.NotFoundException;
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
    try {
      memberId = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
    show(members.find(memberId));
  }

  public void save() {
    try {
      show(members.changeContact(memberId, version, phone, email));
      Texts.info("member.saved");
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  private void show(Member m) {
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

  public MemberRow getMember() {
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
