package org.ortakakil.requests.needs;

/** The need form as typed, shown again as typed when it is refused. */
public class NeedForm {

	private String title = "";
	private String description = "";
	private String cost = "";

	public static NeedForm of(Need need) {
		NeedForm form = new NeedForm();
		form.title = need.title();
		form.description = need.description() == null ? "" : need.description();
		form.cost = need.estimatedCost() == null ? "" : need.estimatedCost().toPlainString();
		return form;
	}

	NeedDraft toDraft() {
		return NeedDraft.typed(title, description, cost);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCost() {
		return cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}
}
