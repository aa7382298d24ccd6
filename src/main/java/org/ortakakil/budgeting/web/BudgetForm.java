package org.ortakakil.budgeting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.budgeting.BallotType;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;

/** The form of one budget as typed: title per language, scope, amount and ballot type with its limits. */
public class BudgetForm {

	private Map<String, String> title = new LinkedHashMap<>();
	private boolean cityWide = true;
	private List<Integer> districts = new ArrayList<>();
	private String amount = "";
	private String ballotType = BallotType.KNAPSACK.name();
	private String minSpendPercent = "";
	private String minProjects = "";
	private String maxProjects = "";
	private String points = "";
	private String maxPointsPerProject = "";

	static BudgetForm of(BudgetView budget) {
		BudgetForm form = new BudgetForm();
		form.title = new LinkedHashMap<>(budget.title().values());
		form.cityWide = budget.cityWide();
		form.districts = new ArrayList<>(budget.districtIds());
		form.amount = budget.amount().stripTrailingZeros().toPlainString();
		form.ballotType = budget.ballotType().name();
		form.minSpendPercent = text(budget.minSpendPercent());
		form.minProjects = text(budget.minProjects());
		form.maxProjects = text(budget.maxProjects());
		form.points = text(budget.points());
		form.maxPointsPerProject = text(budget.maxPointsPerProject());
		return form;
	}

	BudgetDraft toDraft() {
		BallotType type;
		try {
			type = BallotType.valueOf(ballotType);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw DomainException.invalid("budgeting.budget-invalid");
		}
		if (amount == null || amount.isBlank()) {
			throw DomainException.invalid("budgeting.amount-invalid");
		}
		java.math.BigDecimal money;
		try {
			money = new java.math.BigDecimal(amount.strip().replace(" ", ""));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("budgeting.amount-invalid");
		}
		return new BudgetDraft(new LocalizedText(title), cityWide, cityWide ? List.of() : districts, money, type,
				number(minSpendPercent), number(minProjects), number(maxProjects), number(points),
				number(maxPointsPerProject));
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("budgeting.budget-invalid");
		}
	}

	private static String text(Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	public Map<String, String> getTitle() {
		return title;
	}

	public void setTitle(Map<String, String> title) {
		this.title = title;
	}

	public boolean isCityWide() {
		return cityWide;
	}

	public void setCityWide(boolean cityWide) {
		this.cityWide = cityWide;
	}

	public List<Integer> getDistricts() {
		return districts;
	}

	public void setDistricts(List<Integer> districts) {
		this.districts = districts == null ? new ArrayList<>() : districts;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getBallotType() {
		return ballotType;
	}

	public void setBallotType(String ballotType) {
		this.ballotType = ballotType;
	}

	public String getMinSpendPercent() {
		return minSpendPercent;
	}

	public void setMinSpendPercent(String minSpendPercent) {
		this.minSpendPercent = minSpendPercent;
	}

	public String getMinProjects() {
		return minProjects;
	}

	public void setMinProjects(String minProjects) {
		this.minProjects = minProjects;
	}

	public String getMaxProjects() {
		return maxProjects;
	}

	public void setMaxProjects(String maxProjects) {
		this.maxProjects = maxProjects;
	}

	public String getPoints() {
		return points;
	}

	public void setPoints(String points) {
		this.points = points;
	}

	public String getMaxPointsPerProject() {
		return maxPointsPerProject;
	}

	public void setMaxPointsPerProject(String maxPointsPerProject) {
		this.maxPointsPerProject = maxPointsPerProject;
	}
}
