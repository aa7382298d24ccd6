package org.ortakakil.budgeting.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Residence;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may support and vote in a budget: verified residents (the census) of the budget's scope, of at least
 * the process's minimum age on the day. Which district budgets are "in scope" follows the process's
 * {@link VotingScope}; that a resident of ANY_ONE_DISTRICT votes in only one district is checked when
 * the ballot is cast, where the other ballots are known.
 */
@Component
public class Eligibility {

	/** Null when the account may take part in the budget today, else the message code saying why not. */
	public String whyNot(CurrentAccount account, ParticipatoryBudgetView pb, BudgetView budget, LocalDate today) {
		if (account == null) {
			return "budgeting.login-required";
		}
		Optional<Residence> residence = account.residence();
		if (residence.isEmpty()) {
			return "budgeting.not-verified";
		}
		LocalDate born = residence.get().birthDate();
		if (born == null || Period.between(born, today).getYears() < pb.minAge()) {
			return "budgeting.too-young";
		}
		if (budget.cityWide() || pb.votingScope() != VotingScope.OWN_DISTRICT) {
			return null;
		}
		return budget.districtIds().contains((int) residence.get().districtId()) ? null : "budgeting.outside-district";
	}

	/** As {@link #whyNot}, or FORBIDDEN with that code. */
	public void require(CurrentAccount account, ParticipatoryBudgetView pb, BudgetView budget, LocalDate today) {
		String why = whyNot(account, pb, budget, today);
		if (why != null) {
			throw DomainException.forbidden(why);
		}
	}
}
