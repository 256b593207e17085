package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.PartnerService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutual help: requests sent and received, answers, partner clubs and the hours given both ways.
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PartnerService partners;

  private final Map<Long, String> answers = new HashMap<>();
  private transient List<PartnerService.RequestRow> requests;
  private transient List<PartnerService.Balance> balances;

  public void answer(long requestId, boolean accept) {
    try {
      partners.answer(requestId, accept, answers.get(requestId));
      Texts.info(accept ? "partners.accepted" : "partners.declined");
    } catch (DomainException e) {
      Texts.error(e);
    }
    requests = null;
    balances = null;
  }

  public List<PartnerService.RequestRow> getRequests() {
    if (requests == null) {
      requests = partners.requests();
    }
    return requests;
  }

  public List<PartnerService.Balance> getBalances() {
    if (balances == null) {
      balances = partners.balances();
    }
    return balances;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }
}
