package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.AgencyService;
import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.pool.VolunteerProfileService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The volunteer's entry to the pool: open needs with filters (date, municipality and distance,
 * category, skill, text) and the agency's open proposals to accept or decline.
 */
@Named
@ViewScoped
public class PoolPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PoolService pool;
  @Inject AgencyService agency;
  @Inject VolunteerProfileService profiles;

  private LocalDate from;
  private LocalDate to;
  private String ags;
  private Integer km;
  private NeedCategory category;
  private String skill;
  private String text;
  private transient List<PoolService.NeedCard> cards;
  private transient List<AgencyService.MyProposal> proposals;
  private Boolean hasProfile;

  public void search() {
    cards = null;
  }

  public void reset() {
    from = null;
    to = null;
    ags = null;
    km = null;
    category = null;
    skill = null;
    text = null;
    cards = null;
  }

  public void accept(long proposalId) {
    try {
      PoolService.SignUpResult r = agency.accept(proposalId);
      Texts.info(
          r.status() == de.heldenhelfer.pool.SignUpStatus.WAITING
              ? "pool.proposal.acceptedWaiting"
              : "pool.proposal.accepted",
          r.waitingPosition());
    } catch (DomainException e) {
      Texts.error(e);
    }
    proposals = null;
    cards = null;
  }

  public void decline(long proposalId) {
    try {
      agency.decline(proposalId);
      Texts.info("pool.proposal.declined");
    } catch (DomainException e) {
      Texts.error(e);
    }
    proposals = null;
  }

  public List<PoolService.NeedCard> getCards() {
    if (cards == null) {
      cards = pool.openNeeds(new PoolService.NeedFilter(from, to, ags, km, category, skill, text));
    }
    return cards;
  }

  public List<AgencyService.MyProposal> getOpenProposals() {
    if (proposals == null) {
      proposals =
          agency.myProposals().stream()
              .filter(p -> p.status() == de.heldenhelfer.pool.ProposalStatus.PROPOSED)
              .toList();
    }
    return proposals;
  }

  public boolean isHasProfile() {
    if (hasProfile == null) {
      hasProfile = profiles.profile().isPresent();
    }
    return hasProfile;
  }

  public List<Integer> getDistances() {
    return List.of(5, 10, 20, 30, 50);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getAgs() {
    return ags;
  }

  public void setAgs(String ags) {
    this.ags = ags == null || ags.isBlank() ? null : ags;
  }

  public Integer getKm() {
    return km;
  }

  public void setKm(Integer km) {
    this.km = km;
  }

  public NeedCategory getCategory() {
    return category;
  }

  public void setCategory(NeedCategory category) {
    this.category = category;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill == null || skill.isBlank() ? null : skill;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
