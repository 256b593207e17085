package de.heldenhelfer.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The editable data of a member as a form (or an import row) holds it. The Bean Validation
 * annotations give early feedback in forms (messages from the {@code ValidationMessages} bundle of
 * the web module); the same rules, and those that need more than one field, are enforced again by
 * {@link Member} with messages of the domain bundle, so an import or API call cannot skip them.
 *
 * <p>A blank member number lets the service assign the next free one. An exit date ends the
 * membership (see {@link MemberService#end}).
 */
public class MemberDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  @Size(max = Member.MAX_NUMBER, message = "{field.tooLong}")
  private String memberNumber;

  @Size(max = Member.MAX_SALUTATION, message = "{field.tooLong}")
  private String salutation;

  @NotBlank(message = "{member.firstName.required}")
  @Size(max = Member.MAX_NAME, message = "{field.tooLong}")
  private String firstName;

  @NotBlank(message = "{member.lastName.required}")
  @Size(max = Member.MAX_NAME, message = "{field.tooLong}")
  private String lastName;

  @PastOrPresent(message = "{member.birthDate.future}")
  private LocalDate birthDate;

  private Gender gender;

  @Size(max = Member.MAX_STREET, message = "{field.tooLong}")
  private String street;

  @Size(max = Member.MAX_POSTAL_CODE, message = "{field.tooLong}")
  private String postalCode;

  @Size(max = Member.MAX_CITY, message = "{field.tooLong}")
  private String city;

  @Pattern(regexp = "(\\d{8})?", message = "{member.municipality.invalid}")
  private String municipalityAgs;

  @Size(max = Member.MAX_PHONE, message = "{field.tooLong}")
  private String phone;

  @Email(message = "{member.email.invalid}")
  @Size(max = Member.MAX_EMAIL, message = "{field.tooLong}")
  private String email;

  private MemberStatus status;

  private MembershipType membershipType;

  @Size(max = Member.MAX_FEE_CATEGORY, message = "{field.tooLong}")
  private String feeCategory;

  @NotNull(message = "{member.entryDate.required}")
  private LocalDate entryDate;

  private LocalDate exitDate;

  @Size(max = Member.MAX_GUARDIAN_NAME, message = "{field.tooLong}")
  private String guardianName;

  @Size(max = Member.MAX_PHONE, message = "{field.tooLong}")
  private String guardianPhone;

  @Email(message = "{member.guardianEmail.invalid}")
  @Size(max = Member.MAX_EMAIL, message = "{field.tooLong}")
  private String guardianEmail;

  public MemberDraft() {}

  /** A draft holding the current data of {@code m}, for an edit form. */
  public static MemberDraft of(Member m) {
    MemberDraft d = new MemberDraft();
    d.memberNumber = m.memberNumber();
    d.salutation = m.salutation();
    d.firstName = m.firstName();
    d.lastName = m.lastName();
    d.birthDate = m.birthDate();
    d.gender = m.gender();
    if (m.address() != null) {
      d.street = m.address().street();
      d.postalCode = m.address().postalCode();
      d.city = m.address().city();
    }
    d.municipalityAgs = m.municipalityAgs();
    d.phone = m.phone();
    d.email = m.email();
    d.status = m.status();
    d.membershipType = m.membershipType();
    d.feeCategory = m.feeCategory();
    d.entryDate = m.entryDate();
    d.exitDate = m.exitDate();
    d.guardianName = m.guardianName();
    d.guardianPhone = m.guardianPhone();
    d.guardianEmail = m.guardianEmail();
    return d;
  }

  /** An independent copy (the service never changes the caller's draft). */
  public MemberDraft copy() {
    MemberDraft d = new MemberDraft();
    d.memberNumber = memberNumber;
    d.salutation = salutation;
    d.firstName = firstName;
    d.lastName = lastName;
    d.birthDate = birthDate;
    d.gender = gender;
    d.street = street;
    d.postalCode = postalCode;
    d.city = city;
    d.municipalityAgs = municipalityAgs;
    d.phone = phone;
    d.email = email;
    d.status = status;
    d.membershipType = membershipType;
    d.feeCategory = feeCategory;
    d.entryDate = entryDate;
    d.exitDate = exitDate;
    d.guardianName = guardianName;
    d.guardianPhone = guardianPhone;
    d.guardianEmail = guardianEmail;
    return d;
  }

  public String getMemberNumber() {
    return memberNumber;
  }

  public void setMemberNumber(String memberNumber) {
    this.memberNumber = memberNumber;
  }

  public String getSalutation() {
    return salutation;
  }

  public void setSalutation(String salutation) {
    this.salutation = salutation;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getMunicipalityAgs() {
    return municipalityAgs;
  }

  public void setMunicipalityAgs(String municipalityAgs) {
    this.municipalityAgs = municipalityAgs;
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

  public MemberStatus getStatus() {
    return status;
  }

  public void setStatus(MemberStatus status) {
    this.status = status;
  }

  public MembershipType getMembershipType() {
    return membershipType;
  }

  public void setMembershipType(MembershipType membershipType) {
    this.membershipType = membershipType;
  }

  public String getFeeCategory() {
    return feeCategory;
  }

  public void setFeeCategory(String feeCategory) {
    this.feeCategory = feeCategory;
  }

  public LocalDate getEntryDate() {
    return entryDate;
  }

  public void setEntryDate(LocalDate entryDate) {
    this.entryDate = entryDate;
  }

  public LocalDate getExitDate() {
    return exitDate;
  }

  public void setExitDate(LocalDate exitDate) {
    this.exitDate = exitDate;
  }

  public String getGuardianName() {
    return guardianName;
  }

  public void setGuardianName(String guardianName) {
    this.guardianName = guardianName;
  }

  public String getGuardianPhone() {
    return guardianPhone;
  }

  public void setGuardianPhone(String guardianPhone) {
    this.guardianPhone = guardianPhone;
  }

  public String getGuardianEmail() {
    return guardianEmail;
  }

  public void setGuardianEmail(String guardianEmail) {
    this.guardianEmail = guardianEmail;
  }
}
