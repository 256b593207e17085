package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.ClubNeedService;
import de.heldenhelfer.pool.PartnerService;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import de.heldenhelfer.web.faces.ViewIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the club's needs: its shifts with the sign-ups (contact data of the volunteers who signed
 * up), confirming and declining, attendance and hours after the shift (one by one or the whole
 * shift at once), more shifts, editing (guarded by the version read with the page), closing, and
 * asking a partner club for helpers.
 */
@Named
@ViewScoped
public class ClubNeedPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClubNeedService needs;
  @Inject PartnerService partners;

  private String id;
  private long version;
  private NeedForm form;
  private NeedForm shiftForm = new NeedForm();
  private final Map<Long, Double> hours = new HashMap<>();
  private Long partnerClub;
  private Integer partnerHelpers = 2;
  private String partnerMessage;
  private transient PoolService.NeedView need;
  private transient List<ClubNeedService.SignUpRow> signUps;
  private transient List<PartnerService.ClubChoice> clubs;

  public void load() {
    refresh();
    form = NeedForm.of(need);
    version = need.version();
  }

  private void refresh() {
    need = needs.need(requestedId());
    signUps = needs.signUps(requestedId());
    for (ClubNeedService.SignUpRow r : signUps) {
      if (r.status().holdsPlace()) {
        hours.putIfAbsent(r.id(), r.hours());
      }
    }
  }

  public void save() {
    try {
      needs.update(requestedId(), version, form.draft());
      refresh();
      version = need.version();
      Texts.info("clubNeed.saved");
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public void addShift() {
    try {
      needs.addShift(requestedId(), shiftForm.shift());
      shiftForm.clearShift();
      Texts.info("clubNeed.shiftAdded");
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
  }

  public void confirm(long signUpId) {
    try {
      needs.confirm(signUpId);
      Texts.info("clubNeed.confirmed");
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
  }

  public void decline(long signUpId) {
    try {
      needs.decline(signUpId);
      Texts.info("clubNeed.declined");
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
  }

  public void saveHours(long shiftId) {
    Map<Long, Double> forShift = new HashMap<>();
    for (ClubNeedService.SignUpRow r : getSignUps()) {
      if (r.shiftId() == shiftId && r.status().holdsPlace()) {
        forShift.put(r.id(), hours.get(r.id()));
      }
    }
    try {
      int n = needs.recordHours(shiftId, forShift);
      Texts.info("clubNeed.hoursSaved", n);
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
  }

  public void allAttended(long shiftId) {
    try {
      int n = needs.confirmAllAttended(shiftId);
      Texts.info("clubNeed.hoursSaved", n);
    } catch (DomainException e) {
      Texts.error(e);
    }
    hours.clear();
    refresh();
  }

  public void setOpen(boolean open) {
    try {
      needs.setOpen(requestedId(), open);
      Texts.info(open ? "clubNeed.reopened" : "clubNeed.closed");
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
    version = need.version();
  }

  public void askPartner() {
    try {
      partners.ask(
          requestedId(),
          partnerClub == null ? 0 : partnerClub,
          partnerHelpers == null ? 0 : partnerHelpers,
          partnerMessage);
      partnerMessage = null;
      Texts.info("clubNeed.partnerAsked");
    } catch (DomainException e) {
      Texts.error(e);
    }
    refresh();
    version = need.version();
  }

  public List<ClubNeedService.SignUpRow> signUpsOf(long shiftId) {
    return getSignUps().stream().filter(r -> r.shiftId() == shiftId).toList();
  }

  public PoolService.NeedView getNeed() {
    if (need == null) {
      refresh();
    }
    return need;
  }

  public List<ClubNeedService.SignUpRow> getSignUps() {
    if (signUps == null) {
      refresh();
    }
    return signUps;
  }

  public List<PartnerService.ClubChoice> getClubs() {
    if (clubs == null) {
      clubs = partners.clubsToAsk();
    }
    return clubs;
  }

  private long requestedId() {
    return ViewIds.parse(id);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public NeedForm getForm() {
    return form;
  }

  public NeedForm getShiftForm() {
    return shiftForm;
  }

  public Map<Long, Double> getHours() {
    return hours;
  }

  public Long getPartnerClub() {
    return partnerClub;
  }

  public void setPartnerClub(Long partnerClub) {
    this.partnerClub = partnerClub;
  }

  public Integer getPartnerHelpers() {
    return partnerHelpers;
  }

  public void setPartnerHelpers(Integer partnerHelpers) {
    this.partnerHelpers = partnerHelpers;
  }

  public String getPartnerMessage() {
    return partnerMessage;
  }

  public void setPartnerMessage(String partnerMessage) {
    this.partnerMessage = partnerMessage;
  }
}
