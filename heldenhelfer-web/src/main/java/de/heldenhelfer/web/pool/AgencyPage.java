package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.AgencyService;
import de.heldenhelfer.pool.Matching;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Freiwilligenagentur's desk: shifts short of helpers (soonest first), for a chosen shift the
 * ranked volunteers with the reasons for their scores and a proposal with a personal note, every
 * proposal's state, and the agency's figures by month.
 */
@Named
@ViewScoped
public class AgencyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AgencyService agency;

  private Long shiftId;
  private String message;
  private transient List<AgencyService.ShortShift> shifts;
  private transient List<Matching.Suggestion> suggestions;
  private transient PoolService.NeedView need;
  private transient List<AgencyService.ProposalRow> proposals;
  private transient List<AgencyService.MonthFigures> figures;

  public void choose(long shiftId) {
    this.shiftId = shiftId;
    suggestions = null;
    need = null;
  }

  public void propose(long personId) {
    try {
      agency.propose(shiftId, personId, message);
      Texts.info("agency.proposed");
    } catch (DomainException e) {
      Texts.error(e);
    }
    suggestions = null;
    proposals = null;
    figures = null;
    shifts = null;
  }

  public List<AgencyService.ShortShift> getShifts() {
    if (shifts == null) {
      shifts = agency.shortShifts();
    }
    return shifts;
  }

  public List<Matching.Suggestion> getSuggestions() {
    if (shiftId == null) {
      return List.of();
    }
    if (suggestions == null) {
      suggestions =
          agency.suggestions(shiftId, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return suggestions;
  }

  public PoolService.NeedView getNeed() {
    if (shiftId == null) {
      return null;
    }
    if (need == null) {
      need = agency.shiftNeed(shiftId);
    }
    return need;
  }

  public PoolService.ShiftView getShift() {
    PoolService.NeedView n = getNeed();
    return n == null
        ? null
        : n.shifts().stream().filter(s -> s.id() == shiftId).findFirst().orElse(null);
  }

  public List<AgencyService.ProposalRow> getProposals() {
    if (proposals == null) {
      proposals = agency.proposals();
    }
    return proposals;
  }

  public List<AgencyService.MonthFigures> getFigures() {
    if (figures == null) {
      figures = agency.figures();
    }
    return figures;
  }

  public Long getShiftId() {
    return shiftId;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
