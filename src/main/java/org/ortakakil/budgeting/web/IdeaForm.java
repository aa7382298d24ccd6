package org.ortakakil.budgeting.web;

import java.util.Locale;

import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.shared.DomainException;

/** The new-idea form as typed: every field a string, so that what was typed comes back when refused. */
public class IdeaForm {

	private String budget = "";
	private String title = "";
	private String body = "";
	private String topic = "other";
	private String district = "";
	private String neighbourhood = "";
	private String address = "";
	private String lat = "";
	private String lon = "";
	private String cost = "";
	private boolean asMuhtar;

	long budgetId(ParticipatoryBudgetView pb) {
		try {
			long id = Long.parseLong(budget.strip());
			return pb.budget(id).orElseThrow(() -> DomainException.invalid("budget.choose")).id();
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("budget.choose");
		}
	}

	IdeaDraft toDraft(Locale locale) {
		return new IdeaDraft(title, body, locale.getLanguage(), topic, districtId(), integer(neighbourhood, "neighbourhood"),
				address, decimal(lat), decimal(lon), BudgetPages.amount(cost));
	}

	Integer districtId() {
		return integer(district, "district");
	}

	private static Integer integer(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid(field + ".unknown", text);
		}
	}

	private static Double decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("location.outside-istanbul");
		}
	}

	public String getBudget() {
		return budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getDistrict() {
		return district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public String getNeighbourhood() {
		return neighbourhood;
	}

	public void setNeighbourhood(String neighbourhood) {
		this.neighbourhood = neighbourhood;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getLat() {
		return lat;
	}

	public void setLat(String lat) {
		this.lat = lat;
	}

	public String getLon() {
		return lon;
	}

	public void setLon(String lon) {
		this.lon = lon;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}

	public boolean isAsMuhtar() {
		return asMuhtar;
	}

	public void setAsMuhtar(boolean asMuhtar) {
		this.asMuhtar = asMuhtar;
	}
}
